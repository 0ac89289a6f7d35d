#include <catch2/catch.hpp>

#include "jekyllpp/site/front_matter.hpp"
#include "tsv.hpp"

using namespace jekyllpp::site;

TEST_CASE("front matter: split as Document::YAML_FRONT_MATTER_REGEXP", "[site][front_matter]") {
   for (const auto& row : test::read_cases("front_matter.tsv")) {
      INFO(row[0]);
      auto split = split_front_matter(row[0]);
      if (row[1] == "NOMATCH") {
         CHECK(!split);
         continue;
      }
      REQUIRE(split);
      CHECK(std::string(split->yaml) == row[1]);
      CHECK(std::string(split->body) == row[2]);
   }
}

TEST_CASE("front matter: Utils.has_yaml_header? reads only the first line", "[site][front_matter]") {
   CHECK(has_yaml_header("---\n"));
   CHECK(has_yaml_header("---  \r\n"));
   CHECK(!has_yaml_header("--- a\n"));
   CHECK(!has_yaml_header("---"));
   CHECK(!has_yaml_header("text\n---\n"));
}
