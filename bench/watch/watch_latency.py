#!/usr/bin/env python3
"""Time from saving one post to its rebuilt page on disk, under a watching build, on a
generated N-post site (median of RUNS saves): `jekyllpp serve` and `serve -I`, Jekyll's
`jekyll build --watch` and `--watch --incremental`; also the rebuild alone as the watcher logs
it, the watcher's CPU time (utime+stime) per save, and the machine's steal time. Usage:
  watch_latency.py [--posts 1000] [--runs 5] [--jekyllpp PATH] [--incremental-only] [--jekyll]
                   [--jekyll-incremental]"""
import argparse, glob, os, re, shutil, socket, statistics, subprocess, sys, tempfile, time

GEN = "/work/shared/bench/gen_site.py"


def free_port():
   with socket.socket() as s:
      s.bind(("127.0.0.1", 0))
      return s.getsockname()[1]


def output_of(dest, marker):
   for path in glob.glob(os.path.join(dest, "**", "*.html"), recursive=True):
      with open(path, "rb") as f:
         if marker in f.read():
            return path
   return None


def cpu_seconds(pid):
   """utime + stime of a process (all its threads), from /proc."""
   with open("/proc/%d/stat" % pid) as f:
      fields = f.read().rsplit(")", 1)[1].split()
   return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_jiffies():
   """The machine's steal and total jiffies (/proc/stat): steal is time the hypervisor ran
   something else while this guest's CPUs had work, a sign of a busy host."""
   fields = [int(x) for x in open("/proc/stat").readline().split()[1:9]]
   return fields[7], sum(fields)


def measure(name, command, ready, src, dest, runs, start_timeout=600):
   log = tempfile.TemporaryFile()
   proc = subprocess.Popen(command, cwd=src, stdout=log, stderr=subprocess.STDOUT)
   try:
      deadline = time.time() + start_timeout
      while ready not in (log.seek(0) or log.read()):
         if time.time() > deadline or proc.poll() is not None:
            raise SystemExit(name + ": server did not start")
         time.sleep(0.2)
      post = sorted(glob.glob(os.path.join(src, "_posts", "*")))[len(glob.glob(os.path.join(src, "_posts", "*"))) // 2]
      original = open(post).read()
      target = None
      times = []
      time.sleep(1.5)
      cpu_before = cpu_seconds(proc.pid)
      steal_before, all_before = cpu_jiffies()
      for run in range(runs):
         time.sleep(1.5)  # let the watcher settle between saves
         marker = "watch-bench-marker-%d-%d" % (os.getpid(), run)
         with open(post, "w") as f:
            f.write(original + "\n" + marker + "\n")
         saved = time.perf_counter()
         marker = marker.encode()
         while True:
            if target and os.path.exists(target):
               with open(target, "rb") as f:
                  if marker in f.read():
                     break
            elif target is None:
               target = output_of(dest, marker)
               if target:
                  break
            if time.perf_counter() - saved > 120:
               raise SystemExit(name + ": rebuilt page never appeared")
            time.sleep(0.001)
         times.append((time.perf_counter() - saved) * 1000)
      time.sleep(1.5)
      cpu = (cpu_seconds(proc.pid) - cpu_before) * 1000 / runs
      steal_after, all_after = cpu_jiffies()
      steal = 100.0 * (steal_after - steal_before) / max(1, all_after - all_before)
      # The rebuild alone, as the server logs it ("...done in X seconds."), without the
      # watcher's wait for a burst of changes to end.
      rebuilds = [float(x) * 1000 for x in re.findall(rb"\.\.\.done in ([0-9.]+) seconds", log.seek(0) or log.read())]
      print("%-28s median %8.1f ms  (runs: %s); rebuild alone median %.1f ms; CPU per rebuild %.1f ms; "
            "load %.1f; steal %.1f%%" % (name, statistics.median(times), ", ".join("%.1f" % t for t in times),
                           statistics.median(rebuilds[-runs:]) if rebuilds else float("nan"), cpu,
                           os.getloadavg()[0], steal))
      sys.stdout.flush()
      with open(post, "w") as f:
         f.write(original)
   finally:
      proc.terminate()
      proc.wait(30)


def main():
   ap = argparse.ArgumentParser()
   ap.add_argument("--posts", type=int, default=1000)
   ap.add_argument("--runs", type=int, default=5)
   ap.add_argument("--jekyllpp")
   ap.add_argument("--incremental-only", action="store_true", help="jekyllpp: only serve -I")
   ap.add_argument("--jekyll", action="store_true")
   ap.add_argument("--jekyll-incremental", action="store_true")
   args = ap.parse_args()
   work = tempfile.mkdtemp(prefix="watch-bench-")
   try:
      base = os.path.join(work, "base")
      subprocess.run([sys.executable, GEN, str(args.posts), base, "--flavor", "jekyll"], check=True,
                     stdout=subprocess.DEVNULL)
      setups = []
      if args.jekyllpp:
         serve = [os.path.abspath(args.jekyllpp), "serve", "-H", "127.0.0.1"]
         if not args.incremental_only:
            setups.append(("jekyllpp serve", serve, b"Server running"))
         setups.append(("jekyllpp serve -I", serve + ["-I"], b"Server running"))
      if args.jekyll:
         setups.append(("jekyll build --watch", ["jekyll", "build", "--watch"], b"Auto-regeneration: enabled"))
      if args.jekyll_incremental:
         setups.append(("jekyll build --watch -I", ["jekyll", "build", "--watch", "--incremental"],
                        b"Auto-regeneration: enabled"))
      for name, command, ready in setups:
         src = os.path.join(work, name.replace(" ", "_"))
         shutil.copytree(base, src)
         dest = os.path.join(src, "_site")
         if "serve" in command:
            command = command + ["-P", str(free_port())]
         measure(name, command + ["-d", dest], ready, src, dest, args.runs)
   finally:
      shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
   main()
