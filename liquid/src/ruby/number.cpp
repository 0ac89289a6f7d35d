#include "jekyllpp/liquid/ruby/number.hpp"

#include <cstdlib>
#include <limits>
#include <string>

namespace jekyllpp::liquid::ruby {
namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int digit_value(char c) {
   if (c >= '0' && c <= '9') return c - '0';
   if (c >= 'a' && c <= 'z') return c - 'a' + 10;
   if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
   return 99;
}

std::int64_t saturating_push(std::int64_t acc, int base, int digit, bool& overflow) {
   constexpr std::int64_t max = std::numeric_limits< std::int64_t >::max();
   if (acc > (max - digit) / base) {
      overflow = true;
      return max;
   }
   return acc * base + digit;
}

}  // namespace

std::optional< std::int64_t > parse_integer(std::string_view s) {
   std::size_t i = 0, end = s.size();
   while (i < end && is_space(s[i])) ++i;
   while (end > i && is_space(s[end - 1])) --end;
   bool negative = false;
   if (i < end && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
   int base = 10;
   if (i + 1 < end && s[i] == '0') {
      const char p = s[i + 1];
      if (p == 'x' || p == 'X') base = 16, i += 2;
      else if (p == 'b' || p == 'B') base = 2, i += 2;
      else if (p == 'o' || p == 'O') base = 8, i += 2;
      else if (p == 'd' || p == 'D') base = 10, i += 2;
      else base = 8, i += 1;  // a leading 0 means octal
   }
   if (i >= end) return std::nullopt;
   // The magnitude, capped just past 2^64 (where Ruby switches to its Bignum parser).
   using Wide = unsigned __int128;
   const Wide big = Wide(1) << 64;
   Wide magnitude = 0;
   bool underscore_seen = false, last_underscore = base == 8 && i > 0 && s[i - 1] == '0';
   // "0_7" is fine (octal after the 0), but "_7" and "0x_7" are not.
   if (s[i] == '_' && !last_underscore) return std::nullopt;
   last_underscore = false;
   auto result = [&]() -> std::int64_t {
      const Wide max = Wide(std::numeric_limits< std::int64_t >::max());
      const std::int64_t v = magnitude > max ? std::numeric_limits< std::int64_t >::max() : std::int64_t(magnitude);
      return negative ? -v : v;
   };
   for (; i < end; ++i) {
      if (s[i] == '_') {
         if (last_underscore) return std::nullopt;
         last_underscore = underscore_seen = true;
         continue;
      }
      const int d = digit_value(s[i]);
      if (d >= base) {
         // Ruby quirk: once the digits had an underscore or passed 2^64, a NUL (after optional
         // spaces) ends the number and the rest is ignored.
         std::size_t j = i;
         while (j < end && is_space(s[j])) ++j;
         if (j < end && s[j] == '\0' && !last_underscore && (underscore_seen || magnitude >= big)) return result();
         return std::nullopt;
      }
      if (magnitude <= big) magnitude = magnitude * Wide(base) + Wide(d);
      last_underscore = false;
   }
   if (last_underscore) return std::nullopt;
   return result();
}

std::optional< double > parse_float(std::string_view s) {
   std::size_t i = 0, end = s.size();
   while (i < end && is_space(s[i])) ++i;
   while (end > i && is_space(s[end - 1])) --end;
   std::string text;
   std::size_t j = i;
   if (j < end && (s[j] == '+' || s[j] == '-')) text += s[j++];
   const bool hex = j + 1 < end && s[j] == '0' && (s[j + 1] == 'x' || s[j + 1] == 'X');
   if (hex) {
      // strtod reads C99 hex floats the way Ruby does.
      text.append(s.substr(j, end - j));
      for (char c : text)
         if (c == '_') return std::nullopt;
      char* stop = nullptr;
      const double v = std::strtod(text.c_str(), &stop);
      if (stop != text.c_str() + text.size()) return std::nullopt;
      return v;
   }
   // Digits with single underscores between them; returns how many digits it took.
   auto digits = [&]() {
      std::size_t count = 0;
      while (j < end) {
         if (s[j] >= '0' && s[j] <= '9') {
            text += s[j++];
            ++count;
         } else if (s[j] == '_' && count > 0 && j + 1 < end && s[j + 1] >= '0' && s[j + 1] <= '9') {
            ++j;
         } else {
            break;
         }
      }
      return count;
   };
   const std::size_t whole = digits();
   if (j < end && s[j] == '.') {
      text += s[j++];
      if (digits() == 0) return std::nullopt;  // "1." is not a Float
   } else if (whole == 0) {
      return std::nullopt;
   }
   if (j < end && (s[j] == 'e' || s[j] == 'E')) {
      text += s[j++];
      if (j < end && (s[j] == '+' || s[j] == '-')) text += s[j++];
      if (digits() == 0) return std::nullopt;
   }
   if (j != end) return std::nullopt;
   return std::strtod(text.c_str(), nullptr);
}

namespace {
// The digits String#to_i reads (after spaces and a sign; single underscores between digits),
// each passed to digit(0..9); returns whether the sign was '-'.
template < class Digit >
bool read_to_i(std::string_view s, Digit&& digit) {
   std::size_t i = 0;
   while (i < s.size() && is_space(s[i])) ++i;
   bool negative = false;
   if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
   for (; i < s.size(); ++i) {
      if (s[i] >= '0' && s[i] <= '9') {
         digit(s[i] - '0');
      } else if (s[i] == '_' && i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' && i + 1 < s.size() &&
                 s[i + 1] >= '0' && s[i + 1] <= '9') {
         continue;
      } else {
         break;
      }
   }
   return negative;
}
}  // namespace

std::int64_t string_to_i(std::string_view s) {
   std::int64_t value = 0;
   bool overflow = false;
   const bool negative = read_to_i(s, [&](int d) { value = saturating_push(value, 10, d, overflow); });
   return negative ? -value : value;
}

std::string string_to_i_digits(std::string_view s) {
   std::string digits;
   const bool negative = read_to_i(s, [&](int d) { digits += char('0' + d); });
   if (digits.empty()) return "0";
   return negative ? "-" + digits : digits;
}

double string_to_f(std::string_view s) {
   // Copy the leading number without underscores and hand it to strtod, which then sees
   // nothing Ruby would not read (no hex, no "inf").
   std::size_t i = 0;
   while (i < s.size() && is_space(s[i])) ++i;
   std::string number;
   auto digits = [&] {
      std::size_t start = number.size();
      for (; i < s.size(); ++i) {
         if (s[i] >= '0' && s[i] <= '9') number += s[i];
         else if (s[i] == '_' && number.size() > start && i + 1 < s.size() && s[i + 1] >= '0' &&
                  s[i + 1] <= '9')
            continue;
         else break;
      }
      return number.size() > start;
   };
   if (i < s.size() && (s[i] == '+' || s[i] == '-')) number += s[i++];
   const bool whole = digits();
   if (i + 1 < s.size() && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
      number += s[i++];
      digits();
   } else if (!whole) {
      return 0.0;
   }
   if (i + 1 < s.size() && (s[i] == 'e' || s[i] == 'E')) {
      std::string saved = number;
      std::size_t saved_i = i;
      number += s[i++];
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) number += s[i++];
      if (!digits()) number = saved, i = saved_i;
   }
   return std::strtod(number.c_str(), nullptr);
}

}  // namespace jekyllpp::liquid::ruby
