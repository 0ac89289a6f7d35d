// serve::run end to end, in a child process as `jekyllpp serve -l` would run: the initial
// build, Jekyll's startup lines, a source edit that breaks the build (the browser is told to
// reload and gets the error page), the fix (reload again, the site is back), SIGTERM.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "jekyllpp/serve/serve.hpp"
#include "support.hpp"

namespace {

std::string read_all(const std::string& path) {
   std::ifstream in(path);
   std::stringstream text;
   text << in.rdbuf();
   return text.str();
}

// A stand-in for the site build: index.md -> _site/index.html, failing on "broken".
jekyllpp::serve::BuildResult fake_build(const std::string& source, const std::string& destination) {
   std::string content = read_all(source + "/index.md");
   if (content.find("broken") != std::string::npos) {
      return {false, "Liquid Exception: broken in index.md", {}};
   }
   std::ofstream(destination + "/index.html") << "<html><head></head><body>" << content << "</body></html>\n";
   return {true, "", {"index.html"}};
}

unsigned short port_after(const std::string& output, const std::string& topic) {
   std::size_t at = output.find(topic);
   if (at == std::string::npos) return 0;
   std::size_t colon = output.find(':', output.find("127.0.0.1", at) + 9);
   return static_cast<unsigned short>(std::stoi(output.substr(colon + 1)));
}

}  // namespace

TEST_CASE("serve::run builds, serves, rebuilds on change and reloads browsers", "[run]") {
   serve_test::TempDir dir;
   std::string source = dir.path() + "/site";
   std::string destination = source + "/_site";
   dir.write("site/index.md", "first");

   int out[2];
   REQUIRE(::pipe(out) == 0);
   pid_t pid = ::fork();
   REQUIRE(pid >= 0);
   if (pid == 0) {
      ::dup2(out[1], STDOUT_FILENO);
      ::close(out[0]);
      jekyllpp::serve::ServeOptions options;
      options.port = 0;
      options.livereload = true;
      options.livereload_port = 0;
      options.source = source;
      options.destination = destination;
      int status = jekyllpp::serve::run(options, [&](const jekyllpp::serve::BuildRequest&) {
         return fake_build(source, destination);
      });
      std::fflush(stdout);
      ::_exit(status);
   }
   ::close(out[1]);
   std::string output;
   char buffer[512];
   ssize_t n;
   while (output.find("Server running...") == std::string::npos &&
          (n = ::read(out[0], buffer, sizeof buffer)) > 0) {
      output.append(buffer, static_cast<std::size_t>(n));
   }
   INFO(output);
   CHECK(output.find(" Auto-regeneration: enabled for '" + source + "'") != std::string::npos);
   unsigned short livereload_port = port_after(output, "LiveReload address:");
   unsigned short http_port = port_after(output, "    Server address:");
   REQUIRE(livereload_port != 0);
   REQUIRE(http_port != 0);

   auto home = serve_test::request(http_port, "GET", "/");
   CHECK(home.status == 200);
   CHECK(home.body.find("first") != std::string::npos);
   CHECK(home.body.find(":" + std::to_string(livereload_port) + "/livereload.js") != std::string::npos);

   serve_test::RawWebSocket browser(livereload_port);
   REQUIRE(browser.handshake().rfind("HTTP/1.1 101", 0) == 0);
   REQUIRE(browser.read_text().find("\"hello\"") != std::string::npos);

   dir.write("site/index.md", "broken");
   CHECK(browser.read_text() == "{\"command\":\"reload\",\"path\":\"/\",\"liveCSS\":true}");
   auto broken = serve_test::request(http_port, "GET", "/");
   CHECK(broken.status == 500);
   CHECK(broken.body.find("Liquid Exception: broken in index.md") != std::string::npos);

   dir.write("site/index.md", "fixed");
   CHECK(browser.read_text() == "{\"command\":\"reload\",\"path\":\"/\",\"liveCSS\":true}");
   CHECK(browser.read_text() == "{\"command\":\"reload\",\"path\":\"/index.html\",\"liveCSS\":true}");
   auto fixed = serve_test::request(http_port, "GET", "/");
   CHECK(fixed.status == 200);
   CHECK(fixed.body.find("fixed") != std::string::npos);

   ::kill(pid, SIGTERM);
   int status = 0;
   ::waitpid(pid, &status, 0);
   while ((n = ::read(out[0], buffer, sizeof buffer)) > 0) output.append(buffer, static_cast<std::size_t>(n));
   ::close(out[0]);
   CHECK(WIFEXITED(status));
   CHECK(WEXITSTATUS(status) == 0);
   CHECK(output.find("      Regenerating: 1 file(s) changed at ") != std::string::npos);
   CHECK(output.find("             Error: Liquid Exception: broken in index.md") != std::string::npos);
}
