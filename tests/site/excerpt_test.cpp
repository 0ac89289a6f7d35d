#include <catch2/catch.hpp>

#include "jekyllpp/site/document_reader.hpp"
#include "tsv.hpp"

using namespace jekyllpp::site;

TEST_CASE("excerpt: link reference definitions the head uses, as Excerpt#extract_excerpt", "[site][excerpt]") {
   for (const auto& row : test::read_cases("excerpt_link_refs.tsv")) {
      INFO(row[0]);
      CHECK(extract_excerpt(row[0], "\n\n") == row[1]);
   }
}
