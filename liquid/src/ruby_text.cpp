#include "ruby_text.hpp"

#include <cstdio>
#include <cstdlib>

#include "lax.hpp"

namespace jekyllpp::liquid {

std::size_t utf8_length(std::string_view s) {
   std::size_t n = 0;
   for (unsigned char c : s)
      if ((c & 0xC0) != 0x80) ++n;
   return n;
}

std::string ruby_string_inspect(std::string_view s) {
   std::string out = "\"";
   for (std::size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast< unsigned char >(s[i]);
      switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\f': out += "\\f"; break;
      case '\v': out += "\\v"; break;
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case 0x1b: out += "\\e"; break;
      case '#':
         out += (i + 1 < s.size() && (s[i + 1] == '{' || s[i + 1] == '$' || s[i + 1] == '@')) ? "\\#" : "#";
         break;
      default:
         if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
         } else {
            out += char(c);
         }
      }
   }
   return out + "\"";
}

std::int64_t ruby_to_i(std::string_view s) {
   std::size_t i = 0;
   while (i < s.size() && (lax::is_space(s[i]))) ++i;
   bool neg = false;
   if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
   std::int64_t v = 0;
   bool digit_seen = false;
   for (; i < s.size(); ++i) {
      char c = s[i];
      if (c >= '0' && c <= '9') {
         v = v * 10 + (c - '0');
         digit_seen = true;
      } else if (c == '_' && digit_seen && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
         continue;
      } else {
         break;
      }
   }
   return neg ? -v : v;
}

double ruby_to_f(std::string_view s) {
   // Ruby's to_f accepts digits with single underscores, a fraction and an exponent.
   std::string clean;
   std::size_t i = 0;
   while (i < s.size() && lax::is_space(s[i])) ++i;
   if (i < s.size() && (s[i] == '-' || s[i] == '+')) clean += s[i++];
   auto digits = [&](bool& any) {
      while (i < s.size()) {
         if (s[i] >= '0' && s[i] <= '9') {
            clean += s[i++];
            any = true;
         } else if (s[i] == '_' && any && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
            ++i;
         } else {
            break;
         }
      }
   };
   bool int_digits = false;
   digits(int_digits);
   if (!int_digits) return 0.0;
   if (i + 1 < s.size() && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
      clean += s[i++];
      bool frac = false;
      digits(frac);
   }
   if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
      std::size_t save = i;
      std::string save_clean = clean;
      clean += 'e';
      ++i;
      if (i < s.size() && (s[i] == '-' || s[i] == '+')) clean += s[i++];
      bool exp = false;
      digits(exp);
      if (!exp) {
         i = save;
         clean = save_clean;
      }
   }
   return std::strtod(clean.c_str(), nullptr);
}

std::optional< std::int64_t > ruby_integer(std::string_view s) {
   std::string_view t = lax::strip(s);
   std::size_t i = 0;
   bool neg = false;
   if (i < t.size() && (t[i] == '-' || t[i] == '+')) neg = t[i++] == '-';
   int base = 10;
   if (i + 1 < t.size() && t[i] == '0') {
      char p = char(t[i + 1] | 0x20);
      if (p == 'x') base = 16, i += 2;
      else if (p == 'b') base = 2, i += 2;
      else if (p == 'o') base = 8, i += 2;
      else if (p == 'd') base = 10, i += 2;
      else base = 8, i += 1;
   }
   if (i >= t.size()) return base == 8 && t.size() > 0 && t.back() == '0' ? std::optional< std::int64_t >(0) : std::nullopt;
   std::int64_t v = 0;
   bool prev_digit = false;
   for (; i < t.size(); ++i) {
      char c = t[i];
      int d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
      else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
      else if (c == '_' && prev_digit && i + 1 < t.size()) {
         prev_digit = false;
         continue;
      } else return std::nullopt;
      if (d >= base) return std::nullopt;
      v = v * base + d;
      prev_digit = true;
   }
   if (!prev_digit) return std::nullopt;
   return neg ? -v : v;
}

}  // namespace jekyllpp::liquid
