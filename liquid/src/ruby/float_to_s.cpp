#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid {

// Ruby's Float#to_s: the shortest digits that read back to d, in fixed notation when the decimal
// point falls within the first 15 digits (or the 16th with digits after it) or at most 3 zeros
// after it, else as d.ddde+XX.
std::string float_to_s(double d) {
   if (std::isnan(d)) return "NaN";
   if (std::isinf(d)) return d < 0 ? "-Infinity" : "Infinity";
   if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";

   char buf[64];
   const auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
   std::string_view sci(buf, std::size_t(res.ptr - buf));  // "-1.2345e+02"
   std::string out;
   if (sci.front() == '-') {
      out += '-';
      sci.remove_prefix(1);
   }
   const std::size_t e = sci.find('e');
   std::string digits;
   digits += sci[0];
   if (e > 1) digits.append(sci.substr(2, e - 2));
   const int exponent = std::stoi(std::string(sci.substr(e + 1)));
   const int decpt = exponent + 1;  // digits are 0.DIGITS * 10^decpt

   if (decpt > 0 && (decpt <= 15 || (decpt == 16 && digits.size() > 16))) {
      if (int(digits.size()) <= decpt) {
         out += digits;
         out.append(std::size_t(decpt) - digits.size(), '0');
         out += ".0";
      } else {
         out.append(digits, 0, std::size_t(decpt));
         out += '.';
         out.append(digits, std::size_t(decpt), std::string::npos);
      }
   } else if (decpt <= 0 && decpt > -4) {
      out += "0.";
      out.append(std::size_t(-decpt), '0');
      out += digits;
   } else {
      out += digits[0];
      out += '.';
      out += digits.size() > 1 ? digits.substr(1) : "0";
      char exp[16];
      std::snprintf(exp, sizeof exp, "e%+03d", decpt - 1);
      out += exp;
   }
   return out;
}

}  // namespace jekyllpp::liquid
