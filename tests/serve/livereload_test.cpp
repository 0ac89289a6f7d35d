// The LiveReload server as Jekyll's reactor behaves: the WebSocket handshake, its "hello",
// "reload" commands naming the changed paths, and livereload.js over plain HTTP.
#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "jekyllpp/serve/livereload_server.hpp"
#include "support.hpp"

TEST_CASE("LiveReload: handshake, hello, then reload commands", "[livereload]") {
   jekyllpp::serve::LiveReloadServer server;
   server.start("127.0.0.1", 0);
   serve_test::RawWebSocket browser(server.port());
   std::string head = browser.handshake();
   CHECK(head.rfind("HTTP/1.1 101", 0) == 0);
   // RFC 6455's example key and its accept value.
   CHECK(head.find("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=") != std::string::npos);
   CHECK(browser.read_text() ==
         "{\"command\":\"hello\",\"protocols\":[\"http://livereload.com/protocols/official-7\"],"
         "\"serverName\":\"jekyll\"}");
   browser.send_text("{\"command\":\"hello\",\"protocols\":[\"http://livereload.com/protocols/official-7\"]}");

   for (int i = 0; i < 100 && server.connections() == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
   }
   REQUIRE(server.connections() == 1);
   server.reload({"/css/main.css", "/about/index.html"});
   CHECK(browser.read_text() == "{\"command\":\"reload\",\"path\":\"/css/main.css\",\"liveCSS\":true}");
   CHECK(browser.read_text() == "{\"command\":\"reload\",\"path\":\"/about/index.html\",\"liveCSS\":true}");
   server.stop();
}

TEST_CASE("LiveReload port serves livereload.js and nothing else over HTTP", "[livereload]") {
   jekyllpp::serve::LiveReloadServer server;
   server.start("127.0.0.1", 0);
   auto script = serve_test::request(server.port(), "GET", "/livereload.js?snipver=1&port=35729");
   CHECK(script.status == 200);
   CHECK(script.headers["content-type"] == "application/javascript");
   CHECK(script.body.find("/livereload") != std::string::npos);
   CHECK(script.body.find("official-7") != std::string::npos);
   auto other = serve_test::request(server.port(), "GET", "/index.html");
   CHECK(other.status == 400);
   CHECK(other.body == "This port only serves livereload.js over HTTP.\n");
   server.stop();
}
