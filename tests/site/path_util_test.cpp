#include <catch2/catch.hpp>

#include "jekyllpp/site/path_util.hpp"
#include "tsv.hpp"

using namespace jekyllpp::site;

TEST_CASE("path: sanitized_path as Jekyll.sanitized_path", "[site][path]") {
   for (const auto& row : test::read_cases("sanitized_path.tsv")) {
      INFO(row[0] << " + " << row[1]);
      CHECK(sanitized_path(row[0], row[1]) == row[2]);
   }
}
