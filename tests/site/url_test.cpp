#include <catch2/catch.hpp>

#include "jekyllpp/site/slugify.hpp"
#include "jekyllpp/site/url.hpp"
#include "tsv.hpp"

using namespace jekyllpp::site;

TEST_CASE("url: URL.escape_path and unescape_path as Jekyll's URL class", "[site][url]") {
   for (const auto& row : test::read_cases("escape_path.tsv")) {
      INFO(row[0]);
      CHECK(escape_path(row[0]) == row[1]);
      CHECK(unescape_path(row[1]) == row[2]);
   }
}

TEST_CASE("url: templates and permalinks with hash placeholders (pages)", "[site][url]") {
   for (const auto& row : test::read_cases("url_from_hash.tsv")) {
      PlaceholderList placeholders;
      std::size_t start = 0;
      while (start < row[1].size()) {
         std::size_t bar = row[1].find('|', start);
         std::string pair = row[1].substr(start, bar == std::string::npos ? std::string::npos : bar - start);
         std::size_t eq = pair.find('=');
         std::string value = pair.substr(eq + 1);
         if (value == std::string(1, '\0')) placeholders.emplace_back(pair.substr(0, eq), std::nullopt);
         else placeholders.emplace_back(pair.substr(0, eq), value);
         if (bar == std::string::npos) break;
         start = bar + 1;
      }
      INFO(row[0] << " " << row[1] << " " << row[2]);
      CHECK(url_from_hash(row[2].empty() ? row[0] : row[2], placeholders) == row[3]);
   }
}

TEST_CASE("url: document placeholders looked up by name, unknown ones rejected", "[site][url]") {
   auto lookup = [](const std::string& name) -> std::optional< std::string > {
      if (name == "year") return "2014";
      if (name == "title") return "hello world";
      if (name == "output_ext") return ".html";
      if (name == "categories") return "";
      return std::nullopt;
   };
   CHECK(url_from_lookup("/:categories/:year/:title:output_ext", lookup) == "/2014/hello%20world.html");
   CHECK(url_from_lookup("/:year/:title_/", lookup) == "/2014/hello%20world_/");
   CHECK_THROWS(url_from_lookup("/:nope/", lookup));
}

TEST_CASE("url: permalink style suffixes (Utils.add_permalink_suffix)", "[site][url]") {
   CHECK(add_permalink_suffix("/:path/:basename", "pretty") == "/:path/:basename/");
   CHECK(add_permalink_suffix("/:path/:basename", "date") == "/:path/:basename:output_ext");
   CHECK(add_permalink_suffix("/:path/:basename", "/:title/") == "/:path/:basename/");
   CHECK(add_permalink_suffix("/:path/:basename", "/:title:output_ext") == "/:path/:basename:output_ext");
   CHECK(add_permalink_suffix("/:path/:basename", "/:title") == "/:path/:basename");
}

TEST_CASE("slugify: every mode, cased and not, as Utils.slugify", "[site][slugify]") {
   for (const auto& row : test::read_cases("slugify.tsv")) {
      INFO(row[0] << " mode " << row[1]);
      CHECK(slugify(row[0], row[1]) == row[2]);
      CHECK(slugify(row[0], row[1], true) == row[3]);
   }
   for (const auto& row : test::read_cases("titleize.tsv")) CHECK(titleize_slug(row[0]) == row[1]);
}
