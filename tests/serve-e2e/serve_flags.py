#!/usr/bin/env python3
"""`jekyllpp serve`'s flags, each run against the real executable and checked by what it does:
-b (the site mounted under the baseurl), --skip-initial-build, --no-watch, -B/--detach, -o
(the address handed to xdg-open), -l with --livereload-port, --livereload-min-delay/max-delay
(in the injected script) and --livereload-ignore (no reload message for ignored files),
--show-dir-listing, build flags (--drafts, --config a,b), --ssl-cert/--ssl-key (HTTPS), and the
config's `exclude` and editor temp files (no rebuild). Usage: serve_flags.py JEKYLLPP"""
import base64, json, os, re, shutil, signal, socket, struct, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from watch_consistency import Server, Source, differences, free_port  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
POST = "---\nlayout: post\ntitle: %s\n---\n%s\n"
FIRST = "_posts/2024-01-01-first.md"


class LiveReloadClient:
   """A browser's side of the LiveReload WebSocket: reads the server's (unmasked) text frames."""

   def __init__(self, port):
      self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
      key = base64.b64encode(os.urandom(16)).decode()
      self.sock.sendall(("GET /livereload HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n"
                         % (port, key)).encode())
      head = b""
      while b"\r\n\r\n" not in head:
         head += self.sock.recv(1)
      assert b" 101 " in head.split(b"\r\n")[0], head

   def exact(self, n):
      data = b""
      while len(data) < n:
         chunk = self.sock.recv(n - len(data))
         if not chunk:
            raise EOFError
         data += chunk
      return data

   def messages(self, seconds):
      """The text messages that arrive within `seconds`."""
      out, deadline = [], time.time() + seconds
      while time.time() < deadline:
         self.sock.settimeout(max(0.01, deadline - time.time()))
         try:
            first, second = self.exact(2)
         except (socket.timeout, EOFError):
            break
         length = second & 0x7F
         if length == 126:
            length = struct.unpack("!H", self.exact(2))[0]
         elif length == 127:
            length = struct.unpack("!Q", self.exact(8))[0]
         out.append(json.loads(self.exact(length).decode()))
      return out


class Case:
   """One fixture copy and its server; collects problems."""

   def __init__(self, exe, name):
      self.exe, self.name, self.problems = exe, name, []
      self.work = tempfile.mkdtemp(prefix="serve-flags-")
      self.src, self.dest, self.ref = (os.path.join(self.work, d) for d in ("src", "site", "ref"))
      shutil.copytree(os.path.join(HERE, "fixture"), self.src)
      self.source = Source(self.src)
      self.server = None

   def serve(self, *flags):
      """A server on the fixture (jekyllpp serve FLAGS)."""
      self.server = Server(self.exe, self.src, self.dest, list(flags))
      return self.server

   def check(self, ok, what):
      if not ok:
         self.problems.append(what)

   def finish(self):
      if self.server:
         self.server.stop()
      shutil.rmtree(self.work, ignore_errors=True)
      print("%-28s %s" % (self.name, "; ".join(self.problems) or "ok"))
      return bool(self.problems)


def wait_log(server, pattern, seconds=10):
   deadline = time.time() + seconds
   while time.time() < deadline:
      if re.search(pattern, server.text()):
         return True
      time.sleep(0.05)
   return False


def baseurl(case):
   server = case.serve("-b", "/blog")
   case.check("Server address: http://127.0.0.1:%d/blog/" % server.port in server.text(), "address without /blog/")
   status, body = server.get("/blog/")
   case.check(status == 200 and "Serve fixture" in body, "GET /blog/ answered %d" % status)
   case.check(server.get("/")[0] == 404, "GET / is not 404")


def skip_initial_build(case):
   server = case.serve("--skip-initial-build")
   case.check("Skipping the initial build" in server.text(), "no warning")
   case.check(not os.path.exists(os.path.join(case.dest, "index.html")), "built at start")
   case.source.write(FIRST, POST % ("First post", "Built on the first change."))
   case.check(wait_log(server, r"\.\.\.done in"), "no build after a change")
   case.check(not differences(case.exe, case.src, case.dest, case.ref), "differs from a full build")


def no_watch(case):
   server = case.serve("--no-watch")
   case.check("Auto-regeneration: disabled" in server.text(), "no 'disabled' line")
   case.source.write(FIRST, POST % ("First post", "Not seen."))
   case.check(not wait_log(server, "Regenerating", 1.0), "rebuilt after a change")
   case.check("Not seen." not in server.get("/2024/01/01/first.html")[1], "serves the change")


def detach(case):
   port = free_port()
   # The detached server keeps the output it was given: a file, so nothing waits for it to close.
   with tempfile.TemporaryFile("w+") as out:
      code = subprocess.call([case.exe, "serve", "-B", "-s", case.src, "-d", case.dest, "-P", str(port),
                              "-H", "127.0.0.1"], stdout=out, stderr=subprocess.STDOUT, timeout=30)
      out.seek(0)
      text = out.read()
   found = re.search(r"Server detached with pid '(\d+)'", text)
   case.check(code == 0 and found, "no detached server (%d): %s" % (code, text))
   if not found:
      return
   pid = int(found.group(1))
   try:
      import urllib.request
      with urllib.request.urlopen("http://127.0.0.1:%d/" % port, timeout=5) as reply:
         case.check(reply.status == 200, "detached server answered %d" % reply.status)
   finally:
      os.kill(pid, signal.SIGTERM)


def open_url(case):
   bin_dir = os.path.join(case.work, "bin")
   opened = os.path.join(case.work, "opened")
   os.makedirs(bin_dir)
   with open(os.path.join(bin_dir, "xdg-open"), "w") as f:
      f.write("#!/bin/sh\necho \"$@\" > '%s'\n" % opened)
   os.chmod(os.path.join(bin_dir, "xdg-open"), 0o755)
   path = os.environ["PATH"]
   os.environ["PATH"] = bin_dir + ":" + path
   try:
      server = case.serve("-o")
   finally:
      os.environ["PATH"] = path
   deadline = time.time() + 5
   while not os.path.exists(opened) and time.time() < deadline:
      time.sleep(0.05)
   text = open(opened).read().strip() if os.path.exists(opened) else ""
   case.check(text == "http://127.0.0.1:%d/" % server.port, "xdg-open got %r" % text)


def livereload(case):
   lr_port = free_port()
   case.source.write("notes.txt", "static\n")
   server = case.serve("-l", "--livereload-port", str(lr_port), "--livereload-min-delay", "3",
                       "--livereload-max-delay", "7", "--livereload-ignore", "*.txt,about*")
   body = server.get("/")[1]
   case.check("livereload.js?snipver=1&amp;mindelay=3&amp;maxdelay=7&amp;port=%d" % lr_port in body,
              "script without the delays and port")
   client = LiveReloadClient(lr_port)
   case.check([m.get("command") for m in client.messages(1.0)] == ["hello"], "no hello")
   # Jekyll 4.3.1 itself fails every rebuild once --livereload-ignore is given (its hook calls
   # Jekyll.sanitized_path with one argument); jekyllpp does what the flag says.
   case.source.write(FIRST, POST % ("First post", "Reload me."))
   paths = [m.get("path") for m in client.messages(2.0) if m.get("command") == "reload"]
   case.check("/2024/01/01/first.html" in paths, "no reload of the post: %s" % paths)
   case.check(not any(p.endswith(".txt") for p in paths), "an ignored file reloaded: %s" % paths)


def show_dir_listing(case):
   server = case.serve("--show-dir-listing")
   status, body = server.get("/")
   case.check(status == 200 and "Index of /" in body and "index.html" in body, "no listing of / (%d)" % status)


def build_flags(case):
   case.source.write("_drafts/a-draft.md", POST % ("Draft", "A draft."))
   # A draft is dated by its mtime, which must not be after site.time (SOURCE_DATE_EPOCH).
   os.utime(os.path.join(case.src, "_drafts/a-draft.md"), (1767225600, 1767225600))
   case.source.write("_extra.yml", "title: From the second config\n")
   configs = "%s,%s" % (os.path.join(case.src, "_config.yml"), os.path.join(case.src, "_extra.yml"))
   server = case.serve("--drafts", "--config", configs)
   status, body = server.get("/")
   case.check("From the second config" in body, "--config's second file not read")
   case.check("/2026/01/01/a-draft.html" in body, "--drafts: no draft listed")
   shutil.rmtree(case.ref, ignore_errors=True)
   subprocess.run([case.exe, "build", "-q", "-s", case.src, "-d", case.ref, "--drafts", "--config", configs], check=True)
   built = sorted(os.path.relpath(os.path.join(d, f), case.ref) for d, _, fs in os.walk(case.ref) for f in fs)
   served = sorted(os.path.relpath(os.path.join(d, f), case.dest) for d, _, fs in os.walk(case.dest) for f in fs)
   case.check(built == served, "not the files of `build --drafts --config`")


def ssl(case):
   tls = os.path.join(case.src, "_tls")
   os.makedirs(tls)
   subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                   "-keyout", os.path.join(tls, "key.pem"), "-out", os.path.join(tls, "cert.pem")],
                  check=True, capture_output=True)
   # Jekyll reads both files from the source; one without the other is an error.
   run = subprocess.run([case.exe, "serve", "-s", case.src, "-d", case.dest, "-P", str(free_port()), "--ssl-cert",
                         "_tls/cert.pem"], capture_output=True, text=True, timeout=30)
   case.check(run.returncode != 0 and "Missing --ssl_cert or --ssl_key. Both are required." in run.stdout,
              "--ssl-cert alone not refused")
   run = subprocess.run([case.exe, "serve", "-l", "-s", case.src, "-d", case.dest, "--ssl-cert", "_tls/cert.pem",
                         "--ssl-key", "_tls/key.pem"], capture_output=True, text=True, timeout=30)
   case.check(run.returncode != 0 and "LiveReload does not support SSL" in run.stderr + run.stdout,
              "--livereload with SSL not refused")
   server = case.serve("--ssl-cert", "_tls/cert.pem", "--ssl-key", "/_tls/key.pem")
   case.check("Server address: https://127.0.0.1:%d/" % server.port in server.text(), "no https address")
   import ssl as tls_module, urllib.request
   context = tls_module.create_default_context(cafile=os.path.join(tls, "cert.pem"))
   context.check_hostname = False
   with urllib.request.urlopen("https://127.0.0.1:%d/2024/01/01/first.html" % server.port, context=context,
                               timeout=5) as reply:
      case.check(reply.status == 200 and b"The first body." in reply.read(), "HTTPS GET failed")
   try:
      plain = server.get("/")[0]
   except OSError:  # the TLS handshake fails
      plain = None
   case.check(plain is None, "plain HTTP answered on the HTTPS port")


def ignored_paths(case):
   case.source.write("_config.yml", "title: Serve fixture\nmarkdown: kramdown\nexclude: [private]\n")
   server = case.serve()
   before = server.builds(server.text())
   for rel in ("private/notes.md", ".index.html.swp", "index.html~", "4913", "_posts/.first.md.swx", ".git/HEAD"):
      case.source.write(rel, "ignored\n")
   case.check(not wait_log(server, "Regenerating", 1.0), "rebuilt for an ignored path")
   case.source.write(FIRST, POST % ("First post", "Seen."))
   case.check(wait_log(server, r"Regenerating: 1 file\(s\)[^\n]*\n\s+_posts/2024-01-01-first\.md\n"),
              "the real change not seen alone")
   case.check(server.builds(server.text()) == before + 1, "not one rebuild")


CASES = [baseurl, skip_initial_build, no_watch, detach, open_url, livereload, show_dir_listing, build_flags, ssl,
         ignored_paths]


def main():
   exe = sys.argv[1]
   os.environ.update(SOURCE_DATE_EPOCH="1767268800", TZ="UTC")
   failed = 0
   for run in CASES:
      case = Case(exe, run.__name__)
      try:
         run(case)
      except (Exception, SystemExit) as error:  # a case that breaks still reports, and the others run
         case.problems.append("%s: %s" % (type(error).__name__, error))
      failed += case.finish()
   print("%d passed, %d failed" % (len(CASES) - failed, failed))
   return 1 if failed else 0


if __name__ == "__main__":
   sys.exit(main())
