#!/usr/bin/env python3
"""Pins `jekyll serve --livereload`: a browser showing a post sees an edit to that post
without a manual reload, then the build error an edit causes, then the post again once the
error is fixed. Drives headless Chromium over the DevTools protocol with a small
standard-library WebSocket client. Exits 77 (CTest skip) when chromium is not installed.
Usage: livereload_chromium.py JEKYLLPP"""
import base64, json, os, shutil, socket, struct, subprocess, sys, tempfile, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77


def free_port():
   with socket.socket() as s:
      s.bind(("127.0.0.1", 0))
      return s.getsockname()[1]


def wait_until(ready, what, timeout=20):
   deadline = time.time() + timeout
   while time.time() < deadline:
      try:
         value = ready()
         if value:
            return value
      except OSError:
         pass
      time.sleep(0.1)
   raise SystemExit("timed out waiting for " + what)


class DevTools:
   """Just enough of RFC 6455 (client side, text frames) for the DevTools protocol."""

   def __init__(self, ws_url):
      host_port, path = ws_url[len("ws://"):].split("/", 1)
      host, port = host_port.split(":")
      self.sock = socket.create_connection((host, int(port)), timeout=20)
      key = base64.b64encode(os.urandom(16)).decode()
      self.sock.sendall(("GET /%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % (path, host_port, key)).encode())
      response = b""
      while b"\r\n\r\n" not in response:
         response += self.sock.recv(1)
      if b" 101 " not in response.split(b"\r\n")[0]:
         raise SystemExit("DevTools refused the WebSocket: %r" % response)
      self.next_id = 0

   def send(self, method, **params):
      self.next_id += 1
      payload = json.dumps({"id": self.next_id, "method": method, "params": params}).encode()
      mask = os.urandom(4)
      length = len(payload)
      header = bytes([0x81]) + (bytes([0x80 | length]) if length < 126 else bytes([0x80 | 126]) + struct.pack("!H", length)
                                if length < 65536 else bytes([0x80 | 127]) + struct.pack("!Q", length))
      self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))
      while True:
         message = json.loads(self.receive())
         if message.get("id") == self.next_id:
            return message.get("result", {})

   def exact(self, n):
      data = b""
      while len(data) < n:
         chunk = self.sock.recv(n - len(data))
         if not chunk:
            raise SystemExit("DevTools closed the connection")
         data += chunk
      return data

   def receive(self):
      message = b""
      while True:
         first, second = self.exact(2)
         length = second & 0x7F
         if length == 126:
            length = struct.unpack("!H", self.exact(2))[0]
         elif length == 127:
            length = struct.unpack("!Q", self.exact(8))[0]
         message += self.exact(length)
         if first & 0x80:
            return message.decode("utf-8")

   def evaluate(self, expression):
      result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
      return result.get("result", {}).get("value")


def main():
   exe = sys.argv[1]
   browser = shutil.which("chromium") or shutil.which("chromium-browser")
   if not browser:
      print("SKIPPED: chromium is not installed (apt-get install chromium to run this test)")
      return SKIP
   work = tempfile.mkdtemp(prefix="serve-e2e-chromium-")
   src, dest, profile = (os.path.join(work, d) for d in ("src", "site", "profile"))
   shutil.copytree(os.path.join(HERE, "fixture"), src)
   port, lr_port, debug_port = free_port(), free_port(), free_port()
   log = open(os.path.join(work, "serve.log"), "w+")
   server = subprocess.Popen([exe, "serve", "-s", src, "-d", dest, "-H", "127.0.0.1", "-P", str(port), "-l",
                              "--livereload-port", str(lr_port)], stdout=log, stderr=subprocess.STDOUT)
   chrome = subprocess.Popen([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                              "--disable-component-update", "--disable-sync", "--no-first-run",
                              "--user-data-dir=" + profile, "--remote-debugging-port=%d" % debug_port, "about:blank"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
   try:
      url = "http://127.0.0.1:%d/2024/01/01/first.html" % port
      wait_until(lambda: urllib.request.urlopen(url, timeout=2).status == 200, "jekyllpp serve")
      targets = wait_until(lambda: json.load(urllib.request.urlopen("http://127.0.0.1:%d/json" % debug_port)),
                           "chromium DevTools")
      page = next(t for t in targets if t.get("type") == "page")
      tools = DevTools(page["webSocketDebuggerUrl"])
      tools.send("Runtime.enable")
      tools.send("Page.navigate", url=url)
      wait_until(lambda: "The first body." in (tools.evaluate("document.body && document.body.innerText") or ""),
                 "the post in the browser")
      # livereload.js connects once loaded; an edit made before that would go unnoticed.
      wait_until(lambda: tools.evaluate("!!window.__jekyllppLiveReload"), "the LiveReload client")
      time.sleep(1.0)
      tools.evaluate("window.__marker = 1")

      def write_post(body):
         with open(os.path.join(src, "_posts/2024-01-01-first.md"), "w") as f:
            f.write("---\nlayout: post\ntitle: First post\n---\n%s\n" % body)
      write_post("Text changed while watching.")
      wait_until(lambda: "Text changed while watching." in (tools.evaluate("document.body.innerText") or ""),
                 "the edited text without a manual reload")
      reloaded = tools.evaluate("window.__marker === undefined")
      print("live reload: browser shows the edited post" + (" (page reloaded)" if reloaded else ""))
      # A build error replaces the page in the browser; fixing it brings the page back, with
      # no manual reload either way, and the server keeps running throughout.
      write_post("Broken {% oops %} text.")
      wait_until(lambda: "Unknown tag 'oops'" in (tools.evaluate("document.body && document.body.innerText") or ""),
                 "the build error in the browser")
      print("live reload: browser shows the build error")
      write_post("Fixed text.")
      wait_until(lambda: "Fixed text." in (tools.evaluate("document.body && document.body.innerText") or ""),
                 "the fixed post without a manual reload")
      print("live reload: browser shows the post again once the error is fixed")
      print("3 passed, 0 failed")
      return 0
   finally:
      chrome.terminate()
      server.terminate()
      chrome.wait(10)
      server.wait(10)
      log.close()
      shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
   sys.exit(main())
