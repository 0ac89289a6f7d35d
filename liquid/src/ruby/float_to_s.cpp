#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "jekyllpp/liquid/value.hpp"
#include "ruby/short_decimal.hpp"

namespace jekyllpp::liquid {
namespace {

// mantissa * 10^-decimals in fixed notation, at least one digit after the point.
std::string fixed_notation(std::int64_t mantissa, int decimals) {
   char buf[32];
   char* const end = buf + sizeof buf;
   char* p = end;
   std::uint64_t u = mantissa < 0 ? 0 - std::uint64_t(mantissa) : std::uint64_t(mantissa);
   if (decimals == 0) *--p = '0';
   for (int k = 0; k < decimals; ++k, u /= 10) *--p = char('0' + u % 10);
   *--p = '.';
   do *--p = char('0' + u % 10); while (u /= 10);
   if (mantissa < 0) *--p = '-';
   return std::string(p, std::size_t(end - p));
}

}  // namespace

// Ruby's Float#to_s: the shortest digits that read back to d, in fixed notation when the decimal
// point falls within the first 15 digits (or the 16th with digits after it) or at most 3 zeros
// after it, else as d.ddde+XX.
std::string float_to_s(double d) {
   if (std::isnan(d)) return "NaN";
   if (std::isinf(d)) return d < 0 ? "-Infinity" : "Infinity";
   if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
   std::int64_t mantissa;
   int decimals;
   if (short_decimal(d, mantissa, decimals)) return fixed_notation(mantissa, decimals);

   char buf[64];
   const auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
   std::string_view sci(buf, std::size_t(res.ptr - buf));  // "-1.2345e+02"
   // Built in a buffer: at most a sign, 17 digits, 15 zeros of padding and an exponent.
   char out[64];
   std::size_t n = 0;
   auto put = [&](std::string_view text) {
      std::memcpy(out + n, text.data(), text.size());
      n += text.size();
   };
   if (sci.front() == '-') {
      out[n++] = '-';
      sci.remove_prefix(1);
   }
   const std::size_t e = sci.find('e');
   char digit_buf[32];
   std::size_t digit_count = 0;
   digit_buf[digit_count++] = sci[0];
   for (std::size_t i = 2; i < e; ++i) digit_buf[digit_count++] = sci[i];
   const std::string_view digits(digit_buf, digit_count);
   int exponent = 0;
   std::from_chars(sci.data() + e + (sci[e + 1] == '+' ? 2 : 1), sci.data() + sci.size(), exponent);
   const int decpt = exponent + 1;  // digits are 0.DIGITS * 10^decpt

   if (decpt > 0 && (decpt <= 15 || (decpt == 16 && digits.size() > 16))) {
      if (int(digits.size()) <= decpt) {
         put(digits);
         for (std::size_t z = digits.size(); z < std::size_t(decpt); ++z) out[n++] = '0';
         put(".0");
      } else {
         put(digits.substr(0, std::size_t(decpt)));
         out[n++] = '.';
         put(digits.substr(std::size_t(decpt)));
      }
   } else if (decpt <= 0 && decpt > -4) {
      put("0.");
      for (int z = 0; z < -decpt; ++z) out[n++] = '0';
      put(digits);
   } else {
      out[n++] = digits[0];
      out[n++] = '.';
      put(digits.size() > 1 ? digits.substr(1) : "0");
      char exp[16];
      const int len = std::snprintf(exp, sizeof exp, "e%+03d", decpt - 1);
      put(std::string_view(exp, std::size_t(len)));
   }
   return std::string(out, n);
}

}  // namespace jekyllpp::liquid
