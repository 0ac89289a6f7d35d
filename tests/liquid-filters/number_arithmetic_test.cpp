// The arithmetic behind Liquid's math filters: Utils.to_number turns floats into BigDecimal, so
// results are exact decimals turned back into floats. Expected values are Ruby 3.1 + liquid
// 5.4.0's output for `{{ a | filter: b }}`.
#include <catch2/catch.hpp>

#include "filters/number.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/liquid/ruby/to_s.hpp"

namespace liquid = jekyllpp::liquid;
namespace f = jekyllpp::liquid::filters;

namespace {
using Op = f::Number (*)(const f::Number&, const f::Number&);
std::string run(Op op, const liquid::Value& a, const liquid::Value& b) {
   return liquid::ruby::to_s(op(f::to_number(a), f::to_number(b)).to_value());
}
}  // namespace

TEST_CASE("math: floats are added as decimals") {
   CHECK(run(f::add, 0.1, 0.2) == "0.3");
   CHECK(run(f::add, " 1.5 ", 1) == "2.5");
   CHECK(run(f::add, "1.5abc", 1) == "2");
   CHECK(run(f::multiply, 1.5, 2) == "3.0");
   CHECK(run(f::add, std::int64_t(9223372036854775807LL), 1) == "9223372036854775808");
   CHECK(run(f::multiply, std::int64_t(99999999999LL), std::int64_t(99999999999LL)) == "9999999999800000000001");
}

TEST_CASE("math: division and modulo follow Integer and BigDecimal") {
   CHECK(run(f::divide, 10, 4) == "2");
   CHECK(run(f::divide, -10, 4) == "-3");
   CHECK(run(f::divide, 10, 3.0) == "3.3333333333333335");
   CHECK(run(f::divide, 0.3, 0.1) == "3.0");
   CHECK(run(f::divide, 1.0, 0) == "Infinity");
   CHECK(run(f::divide, 0.0, 0) == "NaN");
   CHECK(run(f::divide, 1, 0.0) == "Infinity");
   CHECK_THROWS_WITH(run(f::divide, 1, 0), Catch::EndsWith("divided by 0"));
   CHECK(run(f::modulo, -7, 3) == "2");
   CHECK(run(f::modulo, -7.5, 2) == "0.5");
   CHECK(run(f::modulo, 7, -2.5) == "-0.5");
   CHECK_THROWS_WITH(run(f::modulo, 5.5, 0), Catch::EndsWith("divided by 0"));
}

TEST_CASE("math: round, ceil and floor") {
   CHECK(run(f::round, 2.5, 0) == "3");
   CHECK(run(f::round, -2.5, 0) == "-3");
   CHECK(run(f::round, 1.255, 2) == "1.26");
   CHECK(run(f::round, 1234, -2) == "1200");
   CHECK(run(f::round, 1250, -2) == "1300");
   CHECK(run(f::round, 2.0, -1) == "0");
   CHECK(run(f::round, 3.14159, 1.9) == "3.1");
   CHECK(run(f::round, 2.5, 1.5) == "2.5");
   CHECK(liquid::ruby::to_s(f::ceil(f::to_number(4.6)).to_value()) == "5");
   CHECK(liquid::ruby::to_s(f::floor(f::to_number(-4.6)).to_value()) == "-5");
   CHECK(liquid::ruby::to_s(f::floor(f::to_number("4.6")).to_value()) == "4");
   const f::Number infinity = f::divide(f::to_number(1.0), f::to_number(0));
   CHECK_THROWS_WITH(f::ceil(infinity), Catch::EndsWith("Computation results in 'Infinity'"));
}
