#pragma once
// Liquid's Utils.to_number and the arithmetic of its math filters: Ruby Integers (arbitrary
// size) and BigDecimals (exact decimals; floats enter as BigDecimal(float.to_s)), with results
// turned back to Float the way the filters call to_f.
#include <boost/multiprecision/cpp_int.hpp>
#include <optional>
#include <string>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid::filters {

using BigInt = boost::multiprecision::cpp_int;

// An exact decimal mantissa * 10^exponent, or one of BigDecimal's special values.
struct Decimal {
   enum class Special { None, PositiveInfinity, NegativeInfinity, NaN };
   BigInt mantissa;
   std::int64_t exponent = 0;
   Special special = Special::None;
   bool negative_zero = false;  // BigDecimal keeps the sign of a zero: -2.5 * 0 is -0.0

   // Reads "-12.5", "1.0e+20", "Infinity", "NaN"; nullopt for anything else.
   static std::optional< Decimal > parse(std::string_view text);
   static Decimal from_double(double d);
   double to_double() const;
   bool finite() const { return special == Special::None; }
   int sign() const;
};

struct Number {
   bool is_integer = true;
   BigInt integer;
   Decimal decimal;

   Decimal as_decimal() const;
   // Integer results become Value integers (or their digits as a string past int64, which
   // prints as Ruby prints a Bignum); decimal results become floats.
   Value to_value() const;
};

// Utils.to_number.
Number to_number(const Value& v);

Number add(const Number& a, const Number& b);
Number subtract(const Number& a, const Number& b);
Number multiply(const Number& a, const Number& b);
// Raise Liquid's ZeroDivisionError "divided by 0" where Ruby does.
Number divide(const Number& a, const Number& b);
// divide(a, b).to_value() without BigInt arithmetic when a decimal quotient's scaled operands are
// exact doubles (one IEEE division then rounds the exact quotient as to_value does); else nullopt.
std::optional< double > quick_quotient(const Number& a, const Number& b);
Number modulo(const Number& a, const Number& b);
// Ruby's <=> on numbers; nullopt when NaN is involved.
std::optional< int > compare(const Number& a, const Number& b);
Number absolute(const Number& a);
// Integer#round(digits) / BigDecimal#round(digits), half away from zero.
Number round(const Number& a, const Number& digits);
Number ceil(const Number& a);
Number floor(const Number& a);

}  // namespace jekyllpp::liquid::filters
