// Ruby's Integer(), String#to_i and String#to_f, as Liquid's to_integer / to_number use them.
#include <catch2/catch.hpp>

#include "jekyllpp/liquid/ruby/number.hpp"

namespace ruby = jekyllpp::liquid::ruby;

TEST_CASE("Integer(): prefixes, underscores, whitespace") {
   CHECK(ruby::parse_integer(" 42 ") == 42);
   CHECK(ruby::parse_integer("-0x1A") == -26);
   CHECK(ruby::parse_integer("0b101") == 5);
   CHECK(ruby::parse_integer("010") == 8);
   CHECK(ruby::parse_integer("0_7") == 7);
   CHECK(ruby::parse_integer("1_000") == 1000);
   CHECK_FALSE(ruby::parse_integer("08"));
   CHECK_FALSE(ruby::parse_integer("1__0"));
   CHECK_FALSE(ruby::parse_integer("_7"));
   CHECK_FALSE(ruby::parse_integer("0x_7"));
   CHECK_FALSE(ruby::parse_integer("2.5"));
   CHECK_FALSE(ruby::parse_integer(""));
}

TEST_CASE("String#to_i and #to_f read a leading number") {
   CHECK(ruby::string_to_i(" 12abc") == 12);
   CHECK(ruby::string_to_i("-3") == -3);
   CHECK(ruby::string_to_i("abc") == 0);
   CHECK(ruby::string_to_f(".5") == 0.5);
   CHECK(ruby::string_to_f("-.5") == -0.5);
   CHECK(ruby::string_to_f("1.e5") == 1.0);
   CHECK(ruby::string_to_f("1e5") == 100000.0);
   CHECK(ruby::string_to_f("x1") == 0.0);
}
