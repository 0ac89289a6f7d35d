// The pieces without sockets: WEBrick's MIME lookup over Jekyll's mime.types, its path
// normalization and Range parsing, Jekyll's serve flags and log layout.
#include <catch2/catch.hpp>

#include "jekyllpp/serve/inject.hpp"
#include "jekyllpp/serve/log.hpp"
#include "jekyllpp/serve/mime.hpp"
#include "jekyllpp/serve/options.hpp"
#include "jekyllpp/serve/range.hpp"
#include "jekyllpp/serve/resolve.hpp"

using namespace jekyllpp::serve;

TEST_CASE("WEBrick's mime_type over Jekyll's mime.types", "[mime]") {
   CHECK(mime_type("a/index.html") == "text/html");
   CHECK(mime_type("main.CSS") == "text/css");
   CHECK(mime_type("feed.xml") == "application/xml");
   CHECK(mime_type("x.woff2") == "font/woff2");
   CHECK(mime_type("x.wasm") == "application/wasm");
   CHECK(mime_type("x.mjs") == "application/javascript");
   CHECK(mime_type("page.html.en") == "text/html");   // WEBrick's language suffix
   CHECK(mime_type("a.tar.gz") == "application/gzip");
   CHECK(mime_type("README") == "application/octet-stream");
   CHECK(mime_type("x.nope") == "application/octet-stream");
   CHECK(content_type_with_charset("text/html", "utf-8") == "text/html; charset=utf-8");
   CHECK(content_type_with_charset("image/png", "utf-8") == "image/png");
}

TEST_CASE("WEBrick's normalize_path", "[resolve]") {
   std::string out;
   CHECK(normalize_request_path("/a/./b/../c", out));
   CHECK(out == "/a/c");
   CHECK(normalize_request_path("//a//b/", out));
   CHECK(out == "/a/b/");
   CHECK(normalize_request_path("/a/..", out));
   CHECK(out == "/");
   CHECK_FALSE(normalize_request_path("/..", out));
   CHECK_FALSE(normalize_request_path("/a/../../b", out));
   CHECK_FALSE(normalize_request_path("a", out));
   std::string decoded;
   CHECK(decode_request_path("/%2e%2E/%zz%41", decoded));
   CHECK(decoded == "/../%zzA");
   CHECK_FALSE(decode_request_path("/a%00b", decoded));
}

TEST_CASE("WEBrick's Range parsing", "[range]") {
   std::vector<ByteRange> r;
   CHECK(parse_range("bytes=0-3", 10, r) == RangeResult::Satisfiable);
   CHECK((r.size() == 1 && r[0].first == 0 && r[0].last == 3));
   CHECK(parse_range("bytes=-4", 10, r) == RangeResult::Satisfiable);
   CHECK((r[0].first == 6 && r[0].last == 9));
   CHECK(parse_range("bytes=8-", 10, r) == RangeResult::Satisfiable);
   CHECK((r[0].first == 8 && r[0].last == 9));
   CHECK(parse_range("bytes=1-2, 20-30, 4-5", 10, r) == RangeResult::Satisfiable);
   CHECK(r.size() == 2);
   CHECK(parse_range("bytes=20-30", 10, r) == RangeResult::Unsatisfiable);
   CHECK(parse_range("lines=1-2", 10, r) == RangeResult::Malformed);
   CHECK(parse_range("bytes=x", 10, r) == RangeResult::Malformed);
}

TEST_CASE("Jekyll's LiveReload script template", "[livereload]") {
   LiveReloadSnippet snippet;
   std::string html = "<html><head><title>t</title></head></html>";
   CHECK(inject_livereload(html, snippet));
   CHECK(html.find("<head><script>\n  document.write(") != std::string::npos);
   CHECK(html.find(":35729/livereload.js?snipver=1&amp;port=35729\"' +") != std::string::npos);
   std::string header = "<header>only</header>\n";
   CHECK(inject_livereload(header, snippet));   // Jekyll still flags it
   CHECK(header == "<header>only</header>\n");
   std::string none = "<p>x</p>";
   CHECK_FALSE(inject_livereload(none, snippet));
}

TEST_CASE("serve's flags as Jekyll declares them", "[options]") {
   auto parsed = parse_flags({"-H", "0.0.0.0", "--port=4001", "-l", "--livereload-port", "35000",
                              "--livereload-ignore", "*.css,assets/*", "-s", "src", "--drafts",
                              "-b", "/blog", "--no-watch", "-I", "--force_polling", "-o"});
   const ServeOptions& o = parsed.options;
   CHECK(o.host == "0.0.0.0");
   CHECK(o.port == 4001);
   CHECK(o.livereload);
   CHECK(o.livereload_port == 35000);
   CHECK(o.livereload_ignore == std::vector<std::string>{"*.css", "assets/*"});
   CHECK(o.baseurl == std::optional<std::string>("/blog"));
   CHECK_FALSE(o.watch);   // serve::run turns it back on for --livereload
   CHECK(o.incremental);
   CHECK(o.force_polling);
   CHECK(o.open_url);
   CHECK(parsed.rest == std::vector<std::string>{"-s", "src", "--drafts"});
   CHECK(parsed.given == std::vector<std::string>{"host", "port", "livereload", "livereload_port",
                                                  "livereload_ignore", "baseurl", "watch",
                                                  "incremental", "force_polling", "open_url"});

   auto detached = parse_flags({"-B", "-l"});
   CHECK_FALSE(detached.options.detach);
   CHECK(detached.warnings ==
         std::vector<std::string>{"--detach and --livereload are mutually exclusive. Choosing --livereload"});

   CHECK_THROWS_WITH(parse_flags({"-P"}), "missing argument: --port");
   CHECK_THROWS_WITH(parse_flags({"-P", "http"}), "invalid argument: --port http");
   CHECK_THROWS_WITH(parse_flags({"-l", "--ssl-cert", "c.pem"}), "LiveReload does not support SSL");
   auto ssl = parse_flags({"--ssl-cert", "c.pem", "--ssl-key=k.pem"});
   CHECK(ssl.options.ssl_cert == std::optional<std::string>("c.pem"));
   CHECK(ssl.options.ssl_key == std::optional<std::string>("k.pem"));
   CHECK_FALSE(parse_flags({"--no-watch"}).options.watch);
}

TEST_CASE("Jekyll's log line layout", "[log]") {
   CHECK(log_line("Server address:", "http://127.0.0.1:4000/") ==
         "    Server address: http://127.0.0.1:4000/");
   CHECK(log_line("LiveReload address:", "x") == "LiveReload address: x");
   CHECK(log_line("", "...done") == "                    ...done");
}
