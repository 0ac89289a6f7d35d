#include "toml_scalars.hpp"

#include <cmath>
#include <cstdio>
#include <limits>

#include "filters/unicode.hpp"
#include "jekyllpp/liquid/ruby/number.hpp"
#include "jekyllpp/site/time_util.hpp"
#include "jekyllpp/site/toml_value.hpp"

namespace jekyllpp::site::toml {

using liquid::Value;

namespace {

// StringUtils.replace_escaped_chars: \t \b \f \n \r \" \\ and \uXXXX, \UXXXXXXXX; any other
// escape is an error. A backslash before a newline is left as it is.
std::string unescape(const std::string& text) {
   std::string out;
   for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '\\' || i + 1 >= text.size() || text[i + 1] == '\n') {
         out += text[i];
         continue;
      }
      const char c = text[i + 1];
      const std::size_t digits = c == 'u' ? 4 : c == 'U' ? 8 : 0;
      bool hex = digits && i + 1 + digits < text.size();
      for (std::size_t k = 0; hex && k < digits; ++k) hex = std::isxdigit((unsigned char)text[i + 2 + k]) != 0;
      if (hex) {
         const unsigned long code = std::stoul(text.substr(i + 2, digits), nullptr, 16);
         if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            char hexcode[64];
            std::snprintf(hexcode, sizeof hexcode, "invalid codepoint 0x%lX in UTF-8", code);
            throw TomlError(hexcode, "RangeError");
         }
         filters::append_utf8(out, char32_t(code));
         i += 1 + digits;
         continue;
      }
      static const std::string from = "tbfnr\"\\", to = "\t\b\f\n\r\"\\";
      const std::size_t k = from.find(c);
      if (k == std::string::npos) {
         // the message quotes the escape's two characters (one UTF-8 character after the backslash)
         std::size_t len = 1;
         while (i + 1 + len < text.size() && (text[i + 1 + len] & 0xC0) == 0x80) ++len;
         throw TomlError("Escape sequence \\" + text.substr(i + 1, len) + " is reserved", "Tomlrb::ParseError");
      }
      out += to[k];
      ++i;
   }
   return out;
}

std::string strip_first_newline(std::string text) {
   if (!text.empty() && text[0] == '\n') text.erase(0, 1);
   return text;
}

// A multi-line basic string: first newline dropped, then each backslash-newline with the
// whitespace after it (at least one character of it) removed, then the escapes.
std::string multi_line(const std::string& text) {
   auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
   std::string joined;
   const std::string lines = strip_first_newline(text);
   for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i] == '\\' && i + 2 < lines.size() && lines[i + 1] == '\n' && space(lines[i + 2]))
         for (i += 2; i + 1 < lines.size() && space(lines[i + 1]);) ++i;
      else
         joined += lines[i];
   }
   return unescape(joined);
}

// Time.new(year, month, day, hour, minute, seconds, offset) as tomlrb calls it, with Ruby's
// checks in Ruby's order: the offset, each field's bit width, then each field's range.
Value make_time(const std::vector< std::string >& f) {
   auto num = [&](int i) { return f[i].empty() ? 0 : std::stoi(f[i]); };
   auto refuse = [](const std::string& message) { throw TomlError(message, "ArgumentError"); };
   int offset = 0;
   if (f[6] == "z") refuse("\"+HH:MM\", \"-HH:MM\", \"UTC\" or \"A\"..\"I\",\"K\"..\"Z\" expected for utc_offset: z");
   if (!f[6].empty() && f[6] != "Z") {
      const int hours = std::stoi(f[6].substr(1, 2)), minutes = std::stoi(f[6].substr(4, 2));
      if (minutes > 59)
         refuse("\"+HH:MM\", \"-HH:MM\", \"UTC\" or \"A\"..\"I\",\"K\"..\"Z\" expected for utc_offset: " + f[6]);
      if (hours > 23) refuse("utc_offset out of range");
      offset = (hours * 3600 + minutes * 60) * (f[6][0] == '-' ? -1 : 1);
   }
   const int month = num(1), day = num(2), hour = num(3), minute = num(4);
   const double seconds = f[5].empty() ? 0.0 : liquid::ruby::string_to_f(f[5]);
   if (month > 15 || day > 31 || hour > 31 || minute > 63) refuse("argument out of range");
   if (month < 1 || month > 12) refuse("mon out of range");
   if (day < 1) refuse("mday out of range");
   if (hour > 24) refuse("hour out of range");
   if (minute > (hour == 24 ? 0 : 59)) refuse("min out of range");
   if (std::floor(seconds) > (hour == 24 ? 0 : 60)) refuse("sec out of range");
   const double whole = std::floor(seconds);
   liquid::Time time;
   time.seconds = utc_seconds(num(0), month, day, hour, minute, int(whole)) - offset;
   time.nanoseconds = std::int32_t(std::floor((static_cast< long double >(seconds) - whole) * 1e9L));
   time.utc_offset = offset;
   time.zone_unnamed = true;  // Time.new with an offset string has no zone name, even at +00:00
   return Value(time);
}

}  // namespace

Value scalar_value(const Token& t) {
   switch (t.kind) {
      case Kind::StringMulti: return Value(multi_line(t.text));
      case Kind::StringBasic: return Value(unescape(t.text));
      case Kind::StringLiteralMulti: return Value(strip_first_newline(t.text));
      case Kind::StringLiteral: return Value(t.text);
      case Kind::Float: return Value(liquid::ruby::string_to_f(t.text));
      case Kind::FloatInf: return Value((t.text[0] == '-' ? -1 : 1) * std::numeric_limits< double >::infinity());
      case Kind::FloatNan: return Value(std::numeric_limits< double >::quiet_NaN());
      case Kind::Integer: return Value(static_cast< long long >(liquid::ruby::string_to_i(t.text)));
      case Kind::True: return Value(true);
      case Kind::False: return Value(false);
      case Kind::Datetime: return make_time(t.date);
      default: return Value();
   }
}

}  // namespace jekyllpp::site::toml
