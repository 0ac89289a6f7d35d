// Ruby's Integer(), String#to_i and String#to_f, as Liquid's to_integer / to_number use them.
#include <catch2/catch.hpp>

#include <limits>
#include <string>

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

TEST_CASE("Integer(): Ruby's NUL quirk after underscores or past 2^64") {
   using namespace std::string_literals;
   CHECK(ruby::parse_integer("1_2\0"s) == 12);
   CHECK(ruby::parse_integer("1486953564_3\0_3"s) == 14869535643);
   CHECK(ruby::parse_integer("99_9\0x"s) == 999);
   CHECK(ruby::parse_integer("66666666666666666666\0"s) == std::numeric_limits< std::int64_t >::max());
   CHECK_FALSE(ruby::parse_integer("5\0"s));
   CHECK_FALSE(ruby::parse_integer("12\0_3"s));
   CHECK_FALSE(ruby::parse_integer("18446744073709551615\0"s));
}

TEST_CASE("Float(): what Ruby accepts and rejects") {
   CHECK(ruby::parse_float(" 1.5 ") == 1.5);
   CHECK(ruby::parse_float(".5") == 0.5);
   CHECK(ruby::parse_float("1e5") == 100000.0);
   CHECK(ruby::parse_float("1_000.5") == 1000.5);
   CHECK(ruby::parse_float("0x1A") == 26.0);
   CHECK(ruby::parse_float("0x1.8p1") == 3.0);
   CHECK(ruby::parse_float("010") == 10.0);
   CHECK(ruby::parse_float("+2") == 2.0);
   CHECK_FALSE(ruby::parse_float("1."));
   CHECK_FALSE(ruby::parse_float("1e"));
   CHECK_FALSE(ruby::parse_float("1__0"));
   CHECK_FALSE(ruby::parse_float("1_e5"));
   CHECK_FALSE(ruby::parse_float("1.5x"));
   CHECK_FALSE(ruby::parse_float("Infinity"));
   CHECK_FALSE(ruby::parse_float("0b11"));
   CHECK_FALSE(ruby::parse_float(""));
}
