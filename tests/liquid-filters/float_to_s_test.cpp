// Ruby's Float#to_s, as `{{ 1.0 }}` and the math filters print floats.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "jekyllpp/liquid/value.hpp"

using jekyllpp::liquid::float_to_s;

TEST_CASE("Float#to_s keeps one decimal for whole numbers") {
   CHECK(float_to_s(1.0) == "1.0");
   CHECK(float_to_s(-3.0) == "-3.0");
   CHECK(float_to_s(0.0) == "0.0");
   CHECK(float_to_s(-0.0) == "-0.0");
   CHECK(float_to_s(100.0) == "100.0");
}

TEST_CASE("Float#to_s prints the shortest round-tripping digits") {
   CHECK(float_to_s(0.1) == "0.1");
   CHECK(float_to_s(0.1 + 0.2) == "0.30000000000000004");
   CHECK(float_to_s(123456789.123456789) == "123456789.12345679");
   CHECK(float_to_s(3.14159) == "3.14159");
}

TEST_CASE("Float#to_s switches to exponent form below 1e-4 and from 1e16") {
   CHECK(float_to_s(0.0001) == "0.0001");
   CHECK(float_to_s(0.00001) == "1.0e-05");
   CHECK(float_to_s(1.5e-7) == "1.5e-07");
   CHECK(float_to_s(1e14) == "100000000000000.0");
   CHECK(float_to_s(123456789012345.0) == "123456789012345.0");
   CHECK(float_to_s(1e15) == "1.0e+15");
   CHECK(float_to_s(3000000000000000.5) == "3000000000000000.5");
   CHECK(float_to_s(1234567890123456.7) == "1234567890123456.8");
   CHECK(float_to_s(1234567890123456.0) == "1.234567890123456e+15");
   CHECK(float_to_s(1e16) == "1.0e+16");
   CHECK(float_to_s(std::pow(2.0, 70)) == "1.1805916207174113e+21");
}

TEST_CASE("Float#to_s names the special values") {
   CHECK(float_to_s(std::numeric_limits< double >::infinity()) == "Infinity");
   CHECK(float_to_s(-std::numeric_limits< double >::infinity()) == "-Infinity");
   CHECK(float_to_s(std::nan("")) == "NaN");
}
