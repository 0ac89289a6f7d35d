// Pins libsass as sassc-ruby drives it for jekyll-sass-converter 2.2: the four output styles,
// @import through load paths, source maps with contents, and libsass's error text.
// Expected files come from sassc-ruby (tests/sass/regenerate.rb).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <boost/filesystem.hpp>
#include <fstream>
#include <sstream>

#include "jekyllpp/sass/compile.hpp"

namespace fs = boost::filesystem;
using namespace jekyllpp::sass;

namespace {

std::string read_file(const fs::path& path) {
   std::ifstream in(path.string(), std::ios::binary);
   std::ostringstream text;
   text << in.rdbuf();
   return text.str();
}

}  // namespace

TEST_CASE("libsass output matches sassc-ruby in every style, with source maps") {
   fs::current_path(SASS_CASES_DIR);  // load paths and map sources are relative, as in Jekyll
   const fs::path expected = SASS_EXPECTED_DIR;
   int compared = 0;
   for (const auto& entry : fs::directory_iterator(".")) {
      if (entry.path().extension() != ".scss") continue;
      const std::string base = entry.path().stem().string();
      const std::string source = read_file(entry.path());
      for (const char* style_name : {"nested", "expanded", "compact", "compressed"}) {
         Options options;
         REQUIRE(parse_style(style_name, options.style));
         options.input_path = base + ".scss";
         options.output_path = base + ".css";
         options.load_paths = {"_sass"};
         if (std::string(style_name) == "compact") options.source_map_file = base + ".css.map";
         const fs::path css_file = expected / (base + "." + style_name + ".css");
         const fs::path error_file = expected / (base + "." + style_name + ".error");
         INFO(base << " " << style_name);
         if (fs::exists(error_file)) {
            try {
               compile(source, options);
               FAIL("expected a Sass syntax error");
            } catch (const SyntaxError& error) {
               CHECK(std::string(error.what()) == read_file(error_file));
            }
         } else {
            const Output output = compile(source, options);
            CHECK(output.css == read_file(css_file));
            if (!options.source_map_file.empty()) {
               CHECK(output.source_map == read_file(expected / (base + ".css.map")));
            }
         }
         ++compared;
      }
   }
   CHECK(compared >= 16);
}

TEST_CASE("an empty stylesheet compiles to nothing, as SassC::Engine returns it") {
   CHECK(compile("", Options{}).css.empty());
}

TEST_CASE("style names are read as jekyll-sass-converter reads them") {
   Style style = Style::Nested;
   CHECK(parse_style(":compressed", style));
   CHECK(style == Style::Compressed);
   CHECK_FALSE(parse_style("pretty", style));
}
