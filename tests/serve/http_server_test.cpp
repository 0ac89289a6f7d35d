// The site server beyond what requests.txt pins against Jekyll: requests never leave the
// destination, the baseurl mount, build errors shown in the browser, validators, multipart
// ranges, and many connections at once.
#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <vector>

#include "jekyllpp/serve/http_server.hpp"
#include "support.hpp"

using jekyllpp::serve::HttpConfig;
using jekyllpp::serve::HttpServer;
using serve_test::request;
using serve_test::TempDir;

namespace {

HttpConfig config_for(const TempDir& site) {
   HttpConfig config;
   config.port = 0;
   config.root = site.path() + "/_site";
   return config;
}

}  // namespace

TEST_CASE("no request reads outside the destination", "[http][security]") {
   TempDir dir;
   dir.write("secret.txt", "top secret\n");
   dir.write("_site/index.html", "<p>home</p>\n");
   dir.write("_site/404.html", "<p>missing</p>\n");
   std::filesystem::create_symlink(dir.path() + "/secret.txt", dir.path() + "/_site/link.txt");
   std::filesystem::create_directory_symlink(dir.path(), dir.path() + "/_site/up");
   HttpServer server(config_for(dir));
   server.start();

   for (const char* target : {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2E/secret.txt",
                              "/x/../../secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
                              "/link.txt", "/up/secret.txt", "/up/", "/up", "/secret.txt",
                              "/../_site/../secret.txt", "/%00/secret.txt"}) {
      INFO(target);
      auto reply = request(server.port(), "GET", target);
      CHECK((reply.status == 400 || reply.status == 403 || reply.status == 404 || reply.status == 301));
      CHECK(reply.body.find("top secret") == std::string::npos);
   }
   // WEBrick: climbing above the root is a 400 "abnormal path"; a symlink out is refused.
   CHECK(request(server.port(), "GET", "/%2e%2e/secret.txt").status == 400);
   CHECK(request(server.port(), "GET", "/link.txt").status == 403);
   // Jekyll's DIR.html fallback must not reach "_site.html" beside the destination.
   dir.write("_site.html", "sibling of the root\n");
   std::filesystem::remove(dir.path() + "/_site/index.html");
   auto root = request(server.port(), "GET", "/");
   CHECK(root.body.find("sibling") == std::string::npos);
   server.stop();
}

TEST_CASE("the site is mounted at the baseurl, as Jekyll mounts its servlet", "[http]") {
   TempDir dir;
   dir.write("_site/index.html", "<p>home</p>\n");
   dir.write("_site/about.html", "<p>about</p>\n");
   auto config = config_for(dir);
   config.baseurl = "/blog";
   HttpServer server(config);
   server.start();
   CHECK(request(server.port(), "GET", "/blog/about").body == "<p>about</p>\n");
   CHECK(request(server.port(), "GET", "/blog/").body == "<p>home</p>\n");
   auto bare = request(server.port(), "GET", "/blog");
   CHECK(bare.status == 301);
   CHECK(bare.headers["location"].size() >= 6);
   CHECK(bare.headers["location"].substr(bare.headers["location"].size() - 6) == "/blog/");
   CHECK(request(server.port(), "GET", "/about").status == 404);
   CHECK(request(server.port(), "GET", "/blogabout").status == 404);
   server.stop();
}

TEST_CASE("a failed build is shown as a page until the next build succeeds", "[http][livereload]") {
   TempDir dir;
   dir.write("_site/index.html", "<html><head></head><body>home</body></html>\n");
   dir.write("_site/style.css", "p{}\n");
   auto config = config_for(dir);
   config.livereload = jekyllpp::serve::LiveReloadSnippet{};
   HttpServer server(config);
   server.start();
   server.show_build_error("Liquid Exception: Unknown tag 'oops' in index.html");
   auto broken = request(server.port(), "GET", "/");
   CHECK(broken.status == 500);
   CHECK(broken.body.find("Unknown tag &#39;oops&#39;") != std::string::npos);
   CHECK(broken.body.find("/livereload.js?snipver=1") != std::string::npos);
   CHECK(request(server.port(), "GET", "/missing").status == 500);
   CHECK(request(server.port(), "GET", "/style.css").status == 200);
   server.clear_build_error();
   auto fixed = request(server.port(), "GET", "/");
   CHECK(fixed.status == 200);
   CHECK(fixed.body.find("home") != std::string::npos);
   server.stop();
}

TEST_CASE("WEBrick's validators and multipart ranges", "[http]") {
   TempDir dir;
   dir.write("_site/r.txt", "hello world");
   HttpServer server(config_for(dir));
   server.start();
   auto first = request(server.port(), "GET", "/r.txt");
   REQUIRE(first.status == 200);
   CHECK(request(server.port(), "GET", "/r.txt", "If-None-Match: " + first.headers["etag"]).status == 304);
   CHECK(request(server.port(), "GET", "/r.txt", "If-Modified-Since: " + first.headers["last-modified"]).status == 304);
   CHECK(request(server.port(), "GET", "/r.txt", "If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT").status == 200);
   auto parts = request(server.port(), "GET", "/r.txt", "Range: bytes=2-4,6-7");
   CHECK(parts.status == 206);
   CHECK(parts.headers["content-type"].rfind("multipart/byteranges; boundary=", 0) == 0);
   CHECK(parts.body.find("Content-Range: bytes 2-4/11\r\n\r\nllo\r\n") != std::string::npos);
   CHECK(parts.body.find("Content-Range: bytes 6-7/11\r\n\r\nwo\r\n") != std::string::npos);
   server.stop();
}

TEST_CASE("the server holds 200 concurrent connections", "[http][load]") {
   TempDir dir;
   dir.write("_site/index.html", "<p>home</p>\n");
   HttpServer server(config_for(dir));
   server.start();
   constexpr int kConnections = 200;
   std::vector<int> sockets;
   for (int i = 0; i < kConnections; ++i) {
      int fd = serve_test::connect_loopback(server.port());
      REQUIRE(fd >= 0);
      sockets.push_back(fd);
   }
   // Every connection is open before any of them is answered; then all of them are.
   std::string get = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
   for (int fd : sockets) REQUIRE(::send(fd, get.data(), get.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(get.size()));
   int answered = 0;
   for (int fd : sockets) {
      std::string raw;
      char buffer[4096];
      ssize_t n;
      while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0) raw.append(buffer, static_cast<std::size_t>(n));
      ::close(fd);
      auto reply = serve_test::parse_reply(raw);
      if (reply.status == 200 && reply.body == "<p>home</p>\n") ++answered;
   }
   CHECK(answered == kConnections);
   server.stop();
}
