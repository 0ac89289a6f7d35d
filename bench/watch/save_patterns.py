#!/usr/bin/env python3
"""How many rebuilds `jekyllpp serve -I` makes of one save, for the ways editors and git write
files: vim (original renamed to a backup, new file written, backup deleted), JetBrains' safe write
(temp file, original renamed away, temp renamed in, original deleted), an atomic temp + rename,
and a `git checkout` of three changed posts. One each is the aim (bench/README.md, Watch).
Usage: save_patterns.py JEKYLLPP [SAVES]"""
import os, shutil, subprocess, sys, tempfile, time

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "serve-e2e",
                       "incremental-fixture")
POST = "_posts/2024-02-01-bravo.md"


def git(src, *args):
   subprocess.run(["git", "-C", src, "-c", "user.email=bench@example.org", "-c", "user.name=bench"] + list(args),
                  check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def vim_save(src, n):
   post = os.path.join(src, POST)
   os.rename(post, post + "~")
   with open(post + "~") as old, open(post, "w") as f:
      f.write(old.read() + "\nvim %d\n" % n)
   os.chmod(post, 0o644)
   os.remove(post + "~")


def jetbrains_save(src, n):
   post = os.path.join(src, POST)
   tmp, old = post + "___jb_tmp___", post + "___jb_old___"
   with open(post) as current, open(tmp, "w") as f:
      f.write(current.read() + "\njetbrains %d\n" % n)
   os.rename(post, old)
   os.rename(tmp, post)
   os.remove(old)


def atomic_save(src, n):
   post = os.path.join(src, POST)
   tmp = os.path.join(src, "_posts", ".bravo.tmp%d" % n)
   with open(post) as current, open(tmp, "w") as f:
      f.write(current.read() + "\natomic %d\n" % n)
   os.rename(tmp, post)


def prepare_checkout(src, n):
   """Commits a change of three posts; the checkout then switches between it and its parent."""
   for name in ["alpha", "charlie", "delta"]:
      path = [p for p in os.listdir(os.path.join(src, "_posts")) if name in p][0]
      with open(os.path.join(src, "_posts", path), "a") as f:
         f.write("\nchange %d\n" % n)
   git(src, "commit", "-qam", "change %d" % n)


def git_checkout(src, n):
   git(src, "checkout", "-q", "HEAD~1" if n % 2 == 0 else "main")


def main():
   exe = sys.argv[1]
   saves = int(sys.argv[2]) if len(sys.argv) > 2 else 5
   work = tempfile.mkdtemp(prefix="save-patterns-")
   src = os.path.join(work, "src")
   shutil.copytree(FIXTURE, src)
   git(src, "init", "-q", "-b", "main")
   git(src, "add", "-A")
   git(src, "commit", "-qm", "fixture")
   log_path = os.path.join(work, "log")
   proc = subprocess.Popen([exe, "serve", "-I", "-s", src, "-d", os.path.join(work, "site"), "-P", "0",
                            "-H", "127.0.0.1"], stdout=open(log_path, "wb"), stderr=subprocess.STDOUT)
   rebuilds = lambda: open(log_path, "rb").read().count(b"Regenerating:")
   try:
      while b"Server running" not in open(log_path, "rb").read():
         if proc.poll() is not None:
            raise SystemExit("the server did not start")
         time.sleep(0.1)
      for name, save in [("vim", vim_save), ("jetbrains", jetbrains_save), ("atomic", atomic_save),
                         ("git checkout", git_checkout)]:
         counts = []
         for n in range(saves):
            if save is git_checkout:
               if n % 2 == 0:
                  prepare_checkout(src, n)
               time.sleep(1.0)
            before = rebuilds()
            save(src, n)
            time.sleep(1.0)
            counts.append(rebuilds() - before)
         print("%-14s rebuilds per save: %s" % (name, counts))
   finally:
      proc.terminate()
      proc.wait()
      shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
   main()
