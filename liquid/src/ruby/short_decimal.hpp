#pragma once
// The shortest decimal that reads back as a double, found without digit generation for the
// common case of few decimals (prices, ratios): Float#to_s and BigDecimal(float.to_s) use it.
#include <cstdint>

namespace jekyllpp::liquid {

// d as mantissa * 10^-decimals with the fewest digits that round-trip, when 1e-4 <= |d| < 1e9
// and decimals <= 6; false otherwise (then the caller takes the general path).
bool short_decimal(double d, std::int64_t& mantissa, int& decimals);

}  // namespace jekyllpp::liquid
