#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <stdexcept>
#include <string>

#include "jekyllpp/liquid/ruby/case.hpp"
#include "jekyllpp/liquid/ruby/time.hpp"

namespace jekyllpp::liquid::ruby {
namespace {

const char* const kDayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                 "Thursday", "Friday", "Saturday"};
const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

// The text strftime builds: a buffer on the stack for the usual short results, moved to the heap
// when widths or a long format outgrow it (Ruby's size limit allows megabytes). Saves the
// out-of-line std::string appends, a third of a short format's work.
class Text {
public:
   Text() = default;
   Text(const Text&) = delete;
   Text& operator=(const Text&) = delete;
   std::size_t size() const { return std::size_t(end_ - begin_); }
   std::string_view view() const { return {begin_, size()}; }
   void put(char c) {
      if (end_ == cap_) grow(1);
      *end_++ = c;
   }
   void put(std::string_view s) {
      if (std::size_t(cap_ - end_) < s.size()) grow(s.size());
      std::memcpy(end_, s.data(), s.size());
      end_ += s.size();
   }
   void fill(std::size_t n, char c) {
      if (std::size_t(cap_ - end_) < n) grow(n);
      std::memset(end_, c, n);
      end_ += n;
   }

private:
   void grow(std::size_t more) {
      const std::size_t n = size();
      const std::size_t cap = std::max(2 * std::size_t(cap_ - begin_), n + more);
      std::unique_ptr< char[] > bigger(new char[cap]);
      std::memcpy(bigger.get(), begin_, n);
      heap_ = std::move(bigger);
      begin_ = heap_.get();
      end_ = begin_ + n;
      cap_ = begin_ + cap;
   }

   char local_[64];
   std::unique_ptr< char[] > heap_;
   char* begin_ = local_;
   char* end_ = local_;
   char* cap_ = local_ + sizeof local_;
};

struct Spec {
   char padding = 0;  // 0: the conversion's default; '-', '_' or '0'
   bool upcase = false;
   bool change_case = false;  // '#'
   int width = -1;
   int colons = 0;
};

// The zone name %Z prints: the local zone's abbreviation for local times, "UTC" for UTC.
std::string zone_name(const Time& t) {
   if (t.zone_unnamed) return "";
   if (t.utc_offset == local_utc_offset(t.seconds)) {
      const std::time_t tt = static_cast< std::time_t >(t.seconds);
      std::tm tm{};
      if (localtime_r(&tt, &tm) && tm.tm_zone) return tm.tm_zone;
   }
   return t.utc_offset == 0 ? "UTC" : "";
}

void append_number(Text& out, std::int64_t n, int default_width, char default_pad,
                   const Spec& spec) {
   const bool negative = n < 0;
   char buf[24];
   char* const end = buf + sizeof buf;
   char* digits = end;
   // Two digits per step (one division by 100 instead of two by 10).
   static const char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
   std::uint64_t u = negative ? 0 - std::uint64_t(n) : std::uint64_t(n);
   for (; u >= 100; u /= 100) {
      digits -= 2;
      std::memcpy(digits, kPairs + 2 * (u % 100), 2);
   }
   if (u >= 10) {
      digits -= 2;
      std::memcpy(digits, kPairs + 2 * u, 2);
   } else {
      *--digits = char('0' + u);
   }
   const int width = spec.width >= 0 ? spec.width : default_width;
   char pad = default_pad;
   if (spec.padding == '-') pad = 0;
   else if (spec.padding == '_') pad = ' ';
   else if (spec.padding == '0') pad = '0';
   const int len = int(end - digits) + (negative ? 1 : 0);
   if (pad == '0') {
      if (negative) out.put('-');
      if (width > len) out.fill(std::size_t(width - len), '0');
   } else {
      if (pad == ' ' && width > len) out.fill(std::size_t(width - len), ' ');
      if (negative) out.put('-');
   }
   out.put(std::string_view(digits, std::size_t(end - digits)));
}

enum class CaseRule { Upcase, Downcase };

void append_text(Text& out, std::string_view text, const Spec& spec, CaseRule change = CaseRule::Upcase) {
   std::string changed;
   if (spec.upcase) text = changed = upcase(text);
   if (spec.change_case) text = changed = change == CaseRule::Upcase ? upcase(text) : downcase(text);
   if (spec.width > int(text.size()) && spec.padding != '-')
      out.fill(std::size_t(spec.width) - text.size(), spec.padding == '0' ? '0' : ' ');
   out.put(text);
}

// The fraction of a second to `digits` digits, truncated (%L, %N).
std::string fraction(const Time& t, int digits) {
   char buf[16];
   std::snprintf(buf, sizeof buf, "%09d", t.nanoseconds);
   std::string s(buf);
   if (digits <= 9) s.resize(std::size_t(digits));
   else s.append(std::size_t(digits - 9), '0');
   return s;
}

// ISO 8601 week-based year and week number.
void iso_week(const CivilTime& c, std::int64_t& year, int& week) {
   const int wday_monday = (c.wday + 6) % 7;  // Monday = 0
   week = (c.yday - 1 - wday_monday + 10) / 7;
   year = c.year;
   auto is_leap = [](std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; };
   if (week < 1) {
      --year;
      const int days_prev = is_leap(year) ? 366 : 365;
      week = (c.yday - 1 + days_prev - wday_monday + 10) / 7;
   } else {
      const int days = is_leap(year) ? 366 : 365;
      if (week == 53 && (c.yday - 1 - wday_monday + 3) >= days) {  // Thursday falls in next year
         ++year;
         week = 1;
      }
   }
}

// %z and its forms: "+0530", %:z "+05:30", %::z "+05:30:00"; "_" pads the hour with a space
// instead of a zero, a width pads the whole with zeros after the sign.
std::string zone_offset(std::int32_t offset, int colons, const Spec& spec) {
   const char sign = offset < 0 ? '-' : '+';
   const int a = offset < 0 ? -offset : offset;
   const int hours = a / 3600, minutes = a / 60 % 60, seconds = a % 60;
   // ":MM", ":MM:SS" or "MM" (minutes and seconds are below 60: two digits each).
   char digits[6];
   std::size_t length = 0;
   const auto two_digits = [&](int n, bool colon) {
      if (colon) digits[length++] = ':';
      digits[length++] = char('0' + n / 10);
      digits[length++] = char('0' + n % 10);
   };
   two_digits(minutes, colons >= 1);
   if (colons == 2) two_digits(seconds, true);
   const std::string_view rest(digits, length);
   const std::string hour = std::to_string(hours);
   const int natural = 3 + int(rest.size());  // sign, two hour digits, rest
   const int width = spec.width > natural ? spec.width : natural;
   const int fill = width - 1 - int(hour.size()) - int(rest.size());
   std::string out = spec.padding == '_' ? std::string(std::size_t(fill), ' ') + sign + hour
                                         : sign + std::string(std::size_t(fill), '0') + hour;
   out.append(rest);
   return out;
}

void format_into(Text& out, const Time& t, const CivilTime& c, std::string_view format, std::size_t limit);

void format_composite(Text& out, const Time& t, const CivilTime& c, const char* sub,
                      const Spec& spec, std::size_t limit) {
   Text text;
   format_into(text, t, c, sub, limit);
   append_text(out, text.view(), spec);
}

// limit: Ruby's strftime_size_limit for the whole format (see strftime below).
void format_into(Text& out, const Time& t, const CivilTime& c, std::string_view format, std::size_t limit) {
   for (std::size_t i = 0; i < format.size(); ++i) {
      if (format[i] != '%') {
         out.put(format[i]);
         continue;
      }
      const std::size_t start = i;
      Spec spec;
      if (++i >= format.size()) throw std::invalid_argument("invalid format: " + std::string(format));
      for (; i < format.size(); ++i) {
         const char f = format[i];
         if (f == '-' || f == '_' || f == '0') spec.padding = f;
         else if (f == '^') spec.upcase = true;
         else if (f == '#') spec.change_case = true;
         else break;
      }
      if (i < format.size() && format[i] >= '1' && format[i] <= '9') {
         const std::size_t first_digit = i;
         std::int64_t width = 0;
         while (i < format.size() && format[i] >= '0' && format[i] <= '9' && width <= INT_MAX)
            width = width * 10 + (format[i++] - '0');
         if (width > INT_MAX) {
            // Ruby takes the conversion as unknown: its text up to the first digit is output as
            // it is, and the rest of the format is read from the next digit on.
            out.put(format.substr(start, first_digit - start + 1));
            i = first_digit;
            continue;
         }
         // Ruby's buffer may not grow past the limit (it asks for twice the width): ERANGE.
         if (out.size() + 2 * std::size_t(width) > limit)
            throw std::length_error("Numerical result out of range - " + std::string(format));
         spec.width = int(width);
      }
      while (i < format.size() && format[i] == ':') ++spec.colons, ++i;
      if (i < format.size() && format[i] == 'E' && i + 1 < format.size() &&
          std::string_view("cCxXyY").find(format[i + 1]) != std::string_view::npos)
         ++i;
      else if (i < format.size() && format[i] == 'O' && i + 1 < format.size() &&
               std::string_view("deHkIlmMSuUVwWy").find(format[i + 1]) != std::string_view::npos)
         ++i;
      if (i >= format.size()) throw std::invalid_argument("invalid format: " + std::string(format));
      const char conv = format[i];
      if (spec.colons > 0 && conv != 'z') {
         out.put(format.substr(start, i - start + 1));
         continue;
      }
      switch (conv) {
         case 'Y': append_number(out, c.year, c.year < 0 ? 5 : 4, '0', spec); break;
         case 'C': append_number(out, c.year >= 0 ? c.year / 100 : -((-c.year + 99) / 100), 2, '0', spec); break;
         case 'y': append_number(out, ((c.year % 100) + 100) % 100, 2, '0', spec); break;
         case 'm': append_number(out, c.month, 2, '0', spec); break;
         case 'B': append_text(out, kMonthNames[c.month - 1], spec); break;
         case 'b':
         case 'h': append_text(out, std::string_view(kMonthNames[c.month - 1], 3), spec); break;
         case 'd': append_number(out, c.day, 2, '0', spec); break;
         case 'e': append_number(out, c.day, 2, ' ', spec); break;
         case 'j': append_number(out, c.yday, 3, '0', spec); break;
         case 'H': append_number(out, c.hour, 2, '0', spec); break;
         case 'k': append_number(out, c.hour, 2, ' ', spec); break;
         case 'I': append_number(out, (c.hour + 11) % 12 + 1, 2, '0', spec); break;
         case 'l': append_number(out, (c.hour + 11) % 12 + 1, 2, ' ', spec); break;
         case 'P': append_text(out, c.hour < 12 ? "am" : "pm", spec); break;
         case 'p': append_text(out, c.hour < 12 ? "AM" : "PM", spec, CaseRule::Downcase); break;
         case 'M': append_number(out, c.minute, 2, '0', spec); break;
         case 'S': append_number(out, c.second, 2, '0', spec); break;
         case 'L': out.put(fraction(t, spec.width > 0 ? spec.width : 3)); break;
         case 'N': out.put(fraction(t, spec.width > 0 ? spec.width : 9)); break;
         case 'z': out.put(zone_offset(t.utc_offset, spec.colons, spec)); break;
         case 'Z': {
            // Ruby pads no empty zone name: "%10Z" of a nameless zone prints nothing
            const std::string zone = t.is_date ? "+00:00" : zone_name(t);
            if (!zone.empty()) append_text(out, zone, spec, CaseRule::Downcase);
            break;
         }
         case 'A': append_text(out, kDayNames[c.wday], spec); break;
         case 'a': append_text(out, std::string_view(kDayNames[c.wday], 3), spec); break;
         case 'u': append_number(out, c.wday == 0 ? 7 : c.wday, 1, '0', spec); break;
         case 'w': append_number(out, c.wday, 1, '0', spec); break;
         case 'U': append_number(out, (c.yday - 1 + 7 - c.wday) / 7, 2, '0', spec); break;
         case 'W': append_number(out, (c.yday - 1 + 7 - (c.wday + 6) % 7) / 7, 2, '0', spec); break;
         case 'G':
         case 'g':
         case 'V': {
            std::int64_t year;
            int week;
            iso_week(c, year, week);
            if (conv == 'V') append_number(out, week, 2, '0', spec);
            else if (conv == 'G') append_number(out, year, 4, '0', spec);
            else append_number(out, ((year % 100) + 100) % 100, 2, '0', spec);
            break;
         }
         case 's': append_number(out, t.seconds, 1, '0', spec); break;
         case 'n': out.put('\n'); break;
         case 't': out.put('\t'); break;
         case '%': append_text(out, "%", spec); break;
         case 'c': format_composite(out, t, c, "%a %b %e %H:%M:%S %Y", spec, limit); break;
         case 'D':
         case 'x': format_composite(out, t, c, "%m/%d/%y", spec, limit); break;
         case 'F': format_composite(out, t, c, "%Y-%m-%d", spec, limit); break;
         case 'X':
         case 'T': format_composite(out, t, c, "%H:%M:%S", spec, limit); break;
         case 'R': format_composite(out, t, c, "%H:%M", spec, limit); break;
         case 'r': format_composite(out, t, c, "%I:%M:%S %p", spec, limit); break;
         case 'v': format_composite(out, t, c, "%e-%^b-%4Y", spec, limit); break;
         default: out.put(format.substr(start, i - start + 1)); break;
      }
   }
}

}  // namespace

std::string strftime(const Time& t, std::string_view format) {
   Text out;
   // Ruby's strftime_size_limit: a megabyte per character of the format, at least 1024 bytes.
   const std::size_t limit = std::max< std::size_t >(1024, format.size() * 1024 * 1024);
   format_into(out, t, civil(t), format, limit);
   return std::string(out.view());
}

}  // namespace jekyllpp::liquid::ruby
