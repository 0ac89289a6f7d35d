// Ruby's String#upcase / #downcase / #capitalize on UTF-8 (Liquid's upcase, downcase, capitalize).
#include <catch2/catch.hpp>

#include "jekyllpp/liquid/ruby/case.hpp"

namespace ruby = jekyllpp::liquid::ruby;

TEST_CASE("case mapping: ASCII") {
   CHECK(ruby::upcase("Hello, World 1") == "HELLO, WORLD 1");
   CHECK(ruby::downcase("Hello, World 1") == "hello, world 1");
   CHECK(ruby::capitalize("hELLO wORLD") == "Hello world");
   CHECK(ruby::capitalize("") == "");
}

TEST_CASE("case mapping: full Unicode mappings as Ruby 3.1 has them") {
   CHECK(ruby::upcase("straße àéî") == "STRASSE ÀÉÎ");
   CHECK(ruby::downcase("ΣΑΣ ÀÉÎ") == "σασ àéî");
   CHECK(ruby::capitalize("ǆemal") == "ǅemal");
   CHECK(ruby::capitalize("ßa") == "Ssa");
   CHECK(ruby::downcase("İ") == "i̇");
}

TEST_CASE("case mapping: invalid bytes pass through") {
   CHECK(ruby::upcase("a\xff" "b") == "A\xff" "B");
}
