#include "jekyllpp/site/time_util.hpp"

#include <cctype>
#include <cstdio>
#include <ctime>

#include "jekyllpp/liquid/ruby/time.hpp"
#include "jekyllpp/site/iso_time_text.hpp"

namespace jekyllpp::site {

namespace {

const char* const kShortMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kLongMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
const char* const kShortDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const kLongDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

// Broken-down wall-clock fields of a Time in its own offset.
std::tm fields_of(const liquid::Time& time) {
   std::time_t shifted = time.seconds + time.utc_offset;
   std::tm tm{};
   gmtime_r(&shifted, &tm);
   return tm;
}

std::string pad(long value, int width, char fill = '0') {
   std::string digits = std::to_string(value < 0 ? -value : value);
   std::string out = value < 0 ? "-" : "";
   if (int(digits.size()) < width) out.append(width - digits.size(), fill);
   return out + digits;
}

std::string offset_text(std::int32_t offset, bool colon) {
   char sign = offset < 0 ? '-' : '+';
   int absolute = offset < 0 ? -offset : offset;
   return sign + pad(absolute / 3600, 2) + (colon ? ":" : "") + pad(absolute / 60 % 60, 2);
}

// ISO 8601 week-based year and week number.
std::pair< int, int > iso_week(const std::tm& tm) {
   int wday = tm.tm_wday == 0 ? 7 : tm.tm_wday;
   int year = tm.tm_year + 1900;
   int week = (tm.tm_yday - wday + 10) / 7;
   auto weeks_in = [](int y) {
      auto p = [](int v) { return (v + v / 4 - v / 100 + v / 400) % 7; };
      return (p(y) == 4 || p(y - 1) == 3) ? 53 : 52;
   };
   if (week < 1) {
      --year;
      week = weeks_in(year);
   } else if (week > weeks_in(year)) {
      ++year;
      week = 1;
   }
   return {year, week};
}

}  // namespace

liquid::Time local_time(std::int64_t seconds, std::int32_t nanoseconds) {
   std::time_t t = seconds;
   std::tm tm{};
   localtime_r(&t, &tm);
   liquid::Time time;
   time.seconds = seconds;
   time.nanoseconds = nanoseconds;
   time.utc_offset = std::int32_t(tm.tm_gmtoff);
   return time;
}

std::int64_t utc_seconds(int year, int month, int day, int hour, int minute, int second) {
   std::tm tm{};
   tm.tm_year = year - 1900;
   tm.tm_mon = month - 1;
   tm.tm_mday = day;
   tm.tm_hour = hour;
   tm.tm_min = minute;
   tm.tm_sec = second;
   return std::int64_t(timegm(&tm));
}

liquid::Time local_time_from_fields(int year, int month, int day, int hour, int minute, int second,
                                    std::int32_t nanoseconds) {
   std::tm tm{};
   tm.tm_year = year - 1900;
   tm.tm_mon = month - 1;
   tm.tm_mday = day;
   tm.tm_hour = hour;
   tm.tm_min = minute;
   tm.tm_sec = second;
   tm.tm_isdst = -1;
   return local_time(std::int64_t(mktime(&tm)), nanoseconds);
}

std::optional< liquid::Time > parse_time(std::string_view text) {
   IsoTimeGroups m;
   // Other forms go to the full Time.parse (Date._parse) of the Liquid library; Jekyll's
   // parse_date then moves the time into local time ("2017-7-25 0:0:0 +0800" is UTC's 24th).
   if (!match_iso_time(text, m)) {
      std::optional< liquid::Time > parsed = liquid::ruby::parse_time(text);
      if (parsed) return local_time(parsed->seconds, parsed->nanoseconds);
      return parsed;
   }
   auto number = [&](int i) {  // a group of at most four digits
      int value = 0;
      for (char c : m[i]) value = value * 10 + (c - '0');
      return value;
   };
   int year = number(1), month = number(2), day = number(3);
   if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
   int hour = number(4), minute = number(5), second = number(6);
   if (hour > 24 || minute > 59 || second > 60) return std::nullopt;
   std::int32_t nanos = 0;
   if (m[7].data()) {  // the fraction's first nine digits, padded to nine
      std::string_view digits = m[7].substr(0, 9);
      for (char c : digits) nanos = nanos * 10 + (c - '0');
      for (std::size_t n = digits.size(); n < 9; ++n) nanos *= 10;
   }
   if (!m[8].data()) return local_time_from_fields(year, month, day, hour, minute, second, nanos);
   std::string_view zone = m[8];
   std::int32_t offset = 0;
   if (zone[0] == '+' || zone[0] == '-') {
      int hours = (zone[1] - '0') * 10 + (zone[2] - '0');
      std::string_view rest = zone.substr(3);
      if (!rest.empty() && rest[0] == ':') rest.remove_prefix(1);
      int minutes = rest.empty() ? 0 : (rest[0] - '0') * 10 + (rest[1] - '0');
      offset = (hours * 3600 + minutes * 60) * (zone[0] == '-' ? -1 : 1);
      // Time.parse's getlocal raises "utc_offset out of range" for a day or more.
      if (hours * 60 + minutes >= 24 * 60) return std::nullopt;
   }
   return local_time(utc_seconds(year, month, day, hour, minute, second) - offset, nanos);
}

std::string time_to_s(const liquid::Time& time) { return liquid::ruby::time_to_s(time); }

std::string strftime(const liquid::Time& time, std::string_view format) {
   std::tm tm = fields_of(time);
   std::string out;
   for (std::size_t i = 0; i < format.size(); ++i) {
      if (format[i] != '%' || i + 1 == format.size()) {
         out += format[i];
         continue;
      }
      char c = format[++i];
      bool no_pad = false;
      if (c == '-' && i + 1 < format.size()) {
         no_pad = true;
         c = format[++i];
      }
      auto num = [&](long v, int width) { out += no_pad ? std::to_string(v) : pad(v, width); };
      switch (c) {
         case 'Y': num(tm.tm_year + 1900, 4); break;  // Ruby pads %Y to 4 digits: year 42 is "0042"
         case 'y': num((tm.tm_year + 1900) % 100, 2); break;
         case 'm': num(tm.tm_mon + 1, 2); break;
         case 'd': num(tm.tm_mday, 2); break;
         case 'e': out += no_pad ? std::to_string(tm.tm_mday) : pad(tm.tm_mday, 2, ' '); break;
         case 'H': num(tm.tm_hour, 2); break;
         case 'I': num(tm.tm_hour % 12 == 0 ? 12 : tm.tm_hour % 12, 2); break;
         case 'M': num(tm.tm_min, 2); break;
         case 'S': num(tm.tm_sec, 2); break;
         case 'L': out += pad(time.nanoseconds / 1000000, 3); break;
         case 'j': num(tm.tm_yday + 1, 3); break;
         case 'b': out += kShortMonths[tm.tm_mon]; break;
         case 'B': out += kLongMonths[tm.tm_mon]; break;
         case 'a': out += kShortDays[tm.tm_wday]; break;
         case 'A': out += kLongDays[tm.tm_wday]; break;
         case 'u': out += std::to_string(tm.tm_wday == 0 ? 7 : tm.tm_wday); break;
         case 'w': out += std::to_string(tm.tm_wday); break;
         case 'p': out += tm.tm_hour < 12 ? "AM" : "PM"; break;
         case 'G': out += std::to_string(iso_week(tm).first); break;
         case 'V': num(iso_week(tm).second, 2); break;
         case 'z': out += offset_text(time.utc_offset, false); break;
         case 's': out += std::to_string(time.seconds); break;
         case 'F': out += strftime(time, "%Y-%m-%d"); break;
         case 'T': out += strftime(time, "%H:%M:%S"); break;
         case '%': out += '%'; break;
         default:
            out += '%';
            out += c;
      }
   }
   return out;
}

}  // namespace jekyllpp::site
