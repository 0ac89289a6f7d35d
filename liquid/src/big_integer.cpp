#include "big_integer.hpp"

#include <cerrno>
#include <cstdlib>
#include <limits>

namespace jekyllpp::liquid {

Value integer_value(const BigInteger& i) {
   if (i >= std::numeric_limits< std::int64_t >::min() && i <= std::numeric_limits< std::int64_t >::max())
      return Value(i.convert_to< std::int64_t >());
   return Value(DropPtr(std::make_shared< BigIntegerDrop >(i)));
}

Value integer_value(std::string_view digits) {
   const std::string text(digits);
   errno = 0;
   const long long small = std::strtoll(text.c_str(), nullptr, 10);
   if (errno != ERANGE) return Value(std::int64_t(small));
   // Ruby's to_i reads decimal whatever the leading zeros; cpp_int would take them as octal.
   const bool negative = text[0] == '-';
   const std::size_t first = text.find_first_not_of('0', negative ? 1 : 0);
   BigInteger magnitude(text.substr(first));
   return integer_value(negative ? BigInteger(-magnitude) : magnitude);
}

Value BigIntegerDrop::get(std::string_view key) const {
   if (key != "size") return {};
   const BigInteger magnitude = abs(value);
   return Value(std::int64_t(boost::multiprecision::msb(magnitude) / 8 + 1));
}

int big_integer_bit(const BigInteger& i, std::int64_t bit) {
   // A negative number's bits are those of ~(-i - 1), with infinitely many ones above.
   const bool negative = i < 0;
   const BigInteger magnitude = negative ? BigInteger(-i - 1) : i;
   const bool set = bit <= std::int64_t(msb(magnitude)) && bit_test(magnitude, unsigned(bit));
   return set != negative ? 1 : 0;
}

const BigInteger* big_integer(const Value& v) {
   if (!v.is_drop()) return nullptr;
   const auto* big = dynamic_cast< const BigIntegerDrop* >(&v.as_drop());
   return big ? &big->value : nullptr;
}

}  // namespace jekyllpp::liquid
