// Replays requests.txt against HttpServer over tests/serve/fixture and compares with what
// real `jekyll serve` answered (expected/*.txt, written by capture_reference.rb): Jekyll's
// servlet lookup (/path -> path.html, index files, DIR.html, redirects), 404.html with
// status 404, 400 for paths above the root, nondisclosed names, MIME types and charsets,
// the no-cache header, HEAD, ranges, and the LiveReload script in HTML.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <vector>

#include "jekyllpp/serve/http_server.hpp"
#include "support.hpp"

namespace {

struct Expected {
   std::string method, target, header;
   std::map<std::string, std::string> fields;
   std::string body;
};

std::vector<Expected> load(const std::string& name) {
   std::ifstream in(std::string(SERVE_TEST_DIR) + "/expected/" + name, std::ios::binary);
   std::vector<Expected> cases;
   std::string line;
   while (std::getline(in, line)) {
      if (line.rfind("== ", 0) != 0) continue;
      Expected e;
      std::istringstream request(line.substr(3));
      request >> e.method >> e.target;
      std::getline(request >> std::ws, e.header);
      while (std::getline(in, line)) {
         std::size_t colon = line.find(": ");
         std::string name = line.substr(0, colon);
         std::string value = colon == std::string::npos ? "" : line.substr(colon + 2);
         if (name == "body-length") {
            e.body.resize(std::stoul(value));
            in.read(e.body.data(), static_cast<std::streamsize>(e.body.size()));
            break;
         }
         e.fields[name] = value;
      }
      cases.push_back(std::move(e));
   }
   return cases;
}

std::string field(const std::map<std::string, std::string>& fields, const std::string& name) {
   auto it = fields.find(name);
   return it == fields.end() ? "" : it->second;
}

void replay(const std::string& name, jekyllpp::serve::HttpConfig config, bool livereload) {
   config.host = "127.0.0.1";
   config.port = 0;
   config.root = std::string(SERVE_TEST_DIR) + "/fixture";
   config.headers = {{"Cache-Control",
                      "private, max-age=0, proxy-revalidate, no-store, no-cache, must-revalidate"}};
   jekyllpp::serve::HttpServer server(config);
   server.start();
   auto cases = load(name);
   REQUIRE(cases.size() > 50);
   int passed = 0;
   for (const Expected& e : cases) {
      INFO(name << ": " << e.method << " " << e.target << " " << e.header);
      auto reply = serve_test::request(server.port(), e.method, e.target, e.header);
      bool ok = reply.status == std::stoi(field(e.fields, "status"));
      CHECK(reply.status == std::stoi(field(e.fields, "status")));
      // Listings and WEBrick's own pages were recorded without a body.
      bool compare_body = !(e.body.empty() && e.method == "GET");
      if (compare_body) {
         CHECK(reply.body == e.body);
         ok = ok && reply.body == e.body;
      }
      std::string location = field(reply.headers, "location");
      std::size_t path_start = location.find('/', location.find("//") + 2);
      CHECK(field(e.fields, "location-path") ==
            (location.empty() ? "" : location.substr(path_start)));
      CHECK(field(e.fields, "content-range") == field(reply.headers, "content-range"));
      if (livereload) {
         CHECK(field(e.fields, "x-rack-livereload") == field(reply.headers, "x-rack-livereload"));
      } else {
         // With --livereload Jekyll drops charset and Cache-Control from non-HTML files by
         // accident (an early return); we keep them, so these are compared without it.
         CHECK(field(e.fields, "content-type") == field(reply.headers, "content-type"));
         CHECK(field(e.fields, "cache-control") == field(reply.headers, "cache-control"));
      }
      if (ok) ++passed;
   }
   server.stop();
   CHECK(passed == static_cast<int>(cases.size()));
}

}  // namespace

TEST_CASE("jekyll serve's answers to requests.txt, without LiveReload", "[http]") {
   replay("plain.txt", {}, false);
}

TEST_CASE("jekyll serve's answers to requests.txt, with LiveReload", "[http][livereload]") {
   jekyllpp::serve::HttpConfig config;
   config.livereload = jekyllpp::serve::LiveReloadSnippet{35741, std::string("2"), std::string("9")};
   replay("livereload.txt", config, true);
}
