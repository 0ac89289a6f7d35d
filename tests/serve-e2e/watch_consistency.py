#!/usr/bin/env python3
"""Pins Jekyll's regeneration contract: after every change `jekyll serve` picks up, the
destination equals a fresh full build (no stale files; deleted posts leave _site and the
index). Posts, pages, layouts, includes and data files are edited, added and deleted; a change
that breaks the build is served as an error page (HTTP 500) until the next change fixes it.
Usage: watch_consistency.py JEKYLLPP [extra serve flags, e.g. -I]"""
import filecmp, os, shutil, socket, subprocess, sys, tempfile, time, urllib.error, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 15
BROKEN = "broken: "  # marks a step whose change breaks the build


def free_port():
   with socket.socket() as s:
      s.bind(("127.0.0.1", 0))
      return s.getsockname()[1]


def tree(root):
   out = {}
   for dirpath, _, files in os.walk(root):
      for name in files:
         path = os.path.join(dirpath, name)
         with open(path, "rb") as f:
            out[os.path.relpath(path, root)] = f.read()
   return out


def differences(exe, src, dest, ref):
   """The destination files that differ from a fresh full build of src (made in ref)."""
   shutil.rmtree(ref, ignore_errors=True)
   subprocess.run([exe, "build", "-q", "-s", src, "-d", ref], check=True)
   served, built = tree(dest), tree(ref)
   return sorted(k for k in set(served) | set(built) if served.get(k) != built.get(k))


class Source:
   """The served source, changed in place."""

   def __init__(self, root):
      self.root = root

   def write(self, rel, text):
      os.makedirs(os.path.dirname(os.path.join(self.root, rel)), exist_ok=True)
      with open(os.path.join(self.root, rel), "w") as f:
         f.write(text)

   def remove(self, rel):
      path = os.path.join(self.root, rel)
      shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)


def finish(server, work, steps, failed):
   server.stop()
   shutil.rmtree(work, ignore_errors=True)
   print("%d passed, %d failed" % (steps - failed, failed))
   return 1 if failed else 0


class Server:
   def __init__(self, exe, src, dest, extra):
      self.log = tempfile.TemporaryFile()
      self.port = free_port()
      self.proc = subprocess.Popen([exe, "serve", "-s", src, "-d", dest, "-P", str(self.port),
                                    "-H", "127.0.0.1"] + extra, stdout=self.log, stderr=subprocess.STDOUT)
      self.wait_for(lambda text: "Server running" in text, "server start")

   def text(self):
      # pread: the server writes through this same file offset, which seek() + read() would move
      # (its next line would then overwrite the start of the log).
      fd = self.log.fileno()
      return os.pread(fd, os.fstat(fd).st_size, 0).decode("utf-8", "replace")

   def builds(self, text):
      return text.count("...done in") + text.count("Error:")

   def wait_for(self, ready, what):
      deadline = time.time() + TIMEOUT
      while time.time() < deadline:
         if ready(self.text()):
            return
         if self.proc.poll() is not None:
            break
         time.sleep(0.05)
      raise SystemExit("timed out waiting for %s; log:\n%s" % (what, self.text()))

   def get(self, path):
      """(status, body) of GET path."""
      try:
         with urllib.request.urlopen("http://127.0.0.1:%d%s" % (self.port, path), timeout=5) as reply:
            return reply.status, reply.read().decode("utf-8", "replace")
      except urllib.error.HTTPError as error:
         return error.code, error.read().decode("utf-8", "replace")

   def stop(self):
      self.proc.terminate()
      self.proc.wait(5)


def main():
   exe, extra = sys.argv[1], sys.argv[2:]
   work = tempfile.mkdtemp(prefix="serve-e2e-")
   src, dest, ref = (os.path.join(work, d) for d in ("src", "site", "ref"))
   shutil.copytree(os.path.join(HERE, "fixture"), src)
   server = Server(exe, src, dest, extra)
   write, remove = Source(src).write, Source(src).remove

   post = "---\nlayout: post\ntitle: %s\n---\n%s\n"
   steps = [
      ("edit a post", lambda: write("_posts/2024-01-01-first.md", post % ("First post", "Edited body."))),
      ("add a post", lambda: write("_posts/2024-03-01-third.md", post % ("Third post", "Third body."))),
      ("delete a post", lambda: remove("_posts/2024-02-01-second.md")),
      ("edit a layout", lambda: write("_layouts/post.html", "---\nlayout: default\n---\n<main>{{ content }}</main>\n")),
      ("edit an include", lambda: write("_includes/footer.html", "<footer>by {{ site.data.people | size }}</footer>\n")),
      ("add a data file", lambda: write("_data/extra.yml", "- one\n")),
      ("edit a data file", lambda: write("_data/people.yml", "- name: Ada\n- name: Grace\n- name: Alan\n")),
      ("delete a data file", lambda: remove("_data/extra.yml")),
      ("add a layout", lambda: write("_layouts/wide.html", "---\nlayout: default\n---\n<div>{{ content }}</div>\n")),
      ("add an include", lambda: write("_includes/note.html", "<aside>{{ include.text }}</aside>\n")),
      ("use both in a post", lambda: write("_posts/2024-03-01-third.md", "---\nlayout: wide\ntitle: Third post\n---\n"
                                           "{% include note.html text=\"noted\" %}\n")),
      ("edit the new include", lambda: write("_includes/note.html", "<aside>{{ include.text }}!</aside>\n")),
      # Jekyll warns and renders the post without the layout.
      ("delete a layout in use", lambda: remove("_layouts/wide.html")),
      (BROKEN + "delete an include in use", lambda: remove("_includes/note.html")),
      ("add the include back", lambda: write("_includes/note.html", "<aside>{{ include.text }}?</aside>\n")),
      ("stop using an include", lambda: write("_posts/2024-03-01-third.md", "---\ntitle: Third post\n---\nPlain.\n")),
      ("delete an unused include", lambda: remove("_includes/note.html")),
      # The posts folder's listing is kept between rebuilds (read_cache.hpp): posts that come,
      # go or are renamed in folders it did not list must still be seen.
      ("add a post in a new folder", lambda: write("_posts/2024/2024-04-01-fourth.md", post % ("Fourth", "Four."))),
      ("rename a post", lambda: os.rename(os.path.join(src, "_posts/2024/2024-04-01-fourth.md"),
                                          os.path.join(src, "_posts/2024/2024-04-02-fifth.md"))),
      ("delete a folder of posts", lambda: remove("_posts/2024")),
      ("add a page", lambda: write("about.md", "---\nlayout: default\ntitle: About\n---\nAbout *us*.\n")),
      ("delete a page", lambda: remove("about.md")),
      # Jekyll keeps its start-up configuration; jekyllpp reads a changed _config.yml again.
      ("change _config.yml", lambda: write("_config.yml", "title: Renamed fixture\nmarkdown: kramdown\n")),
      ("delete an include's user", lambda: write("_layouts/default.html", "<html>{{ content }}</html>\n")),
   ]
   failed = 0
   try:
      for name, change in steps:
         before = server.builds(server.text())
         time.sleep(0.05)  # distinct mtimes for polling watchers
         change()
         server.wait_for(lambda text: server.builds(text) > before, "rebuild after: " + name)
         if name.startswith(BROKEN):
            status, body = server.get("/")
            problem = "" if status == 500 and "note.html" in body else "no error page (HTTP %d)" % status
            print("%-26s %s" % (name[len(BROKEN):], problem or "error page"))
            failed += bool(problem)
            continue
         diff = differences(exe, src, dest, ref)
         status, _ = server.get("/")
         if status != 200:
            diff.append("GET / answered %d" % status)
         print("%-26s %s" % (name, "identical" if not diff else "DIFFERS: " + ", ".join(diff)))
         failed += bool(diff)
   except BaseException:
      server.stop()
      raise
   return finish(server, work, len(steps), failed)


if __name__ == "__main__":
   sys.exit(main())
