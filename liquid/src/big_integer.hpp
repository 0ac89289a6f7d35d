#pragma once
// Ruby Integers past 64 bits (what Ruby calls a Bignum): an integer literal or a math result
// that does not fit int64 is held in a drop that prints its digits, feeds the math filters as
// an integer and compares as a number.
#include <boost/multiprecision/cpp_int.hpp>
#include <string>
#include <string_view>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid {

using BigInteger = boost::multiprecision::cpp_int;

class BigIntegerDrop : public Drop {
public:
   explicit BigIntegerDrop(BigInteger value) : value(std::move(value)) {}
   // Only `size`: Integer#size, the bytes the magnitude takes (8 for a machine integer).
   Value get(std::string_view key) const override;
   std::string to_s() const override { return value.str(); }
   const BigInteger value;
};

// An int64 Value when `i` fits, else a BigIntegerDrop.
Value integer_value(const BigInteger& i);
// The digits "-?[0-9]+" as an integer Value of any size.
Value integer_value(std::string_view digits);
// The Bignum a Value holds, or nullptr.
const BigInteger* big_integer(const Value& v);
// Ruby's Integer#[](bit) of a Bignum: two's complement bits (0 or 1), bit >= 0.
int big_integer_bit(const BigInteger& i, std::int64_t bit);

}  // namespace jekyllpp::liquid
