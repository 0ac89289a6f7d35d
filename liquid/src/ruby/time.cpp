#include "jekyllpp/liquid/ruby/time.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "jekyllpp/liquid/ruby/number.hpp"

namespace jekyllpp::liquid::ruby {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, as Ruby's Time).
std::int64_t days_from_civil(std::int64_t y, int m, int d) {
   y -= m <= 2;
   const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
   const std::int64_t yoe = y - era * 400;
   const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
   const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
   return era * 146097 + doe - 719468;
}

// Also gives the day of the year (1..366), from the day counted from March 1st.
void civil_from_days(std::int64_t z, std::int64_t& y, int& m, int& d, int& yday) {
   z += 719468;
   const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
   const std::int64_t doe = z - era * 146097;
   const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
   const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
   const std::int64_t mp = (5 * doy + 2) / 153;
   d = int(doy - (153 * mp + 2) / 5 + 1);
   m = int(mp < 10 ? mp + 3 : mp - 9);
   y = yoe + era * 400 + (m <= 2);
   // March..December: 59 days of January and February before, 60 in a leap year (yoe is the
   // year in its 400-year era, which starts with a leap year); January, February: 306 days of
   // March..December of the year before come first in doy.
   const bool leap = yoe % 4 == 0 && (yoe % 100 != 0 || yoe == 0);
   yday = int(mp < 10 ? doy + 60 + leap : doy - 305);
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
   std::int64_t q = a / b;
   if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
   return q;
}

void ensure_tzset() {
   static const bool done = (tzset(), true);  // once; later calls only test the guard
   (void)done;
}

// Whether the zone the last tzset() loaded is UTC itself, whose offset never changed: then
// localtime_r (a tenth of a `date` filter's work) can be skipped. Read from tzset's globals each
// time, as the host may switch zones (setenv + tzset, Jekyll's `timezone`). Of the tz database's
// zones only Etc/UTC and its links, and the POSIX "UTC0", "UTC-0" and "" pass (checked against
// localtime_r weekly from 1811 to 2128 for every zone, 2026-12-03).
// glibc sets tzname[] to null while a tzset() reads a zone file (another thread's strftime or
// mktime, say): then the answer is no, and localtime_r, which waits for glibc's lock, decides.
bool is_utc_name(const char* name) {
   return name && name[0] == 'U' && name[1] == 'T' && name[2] == 'C' && name[3] == 0;
}

bool zone_is_utc() { return timezone == 0 && daylight == 0 && is_utc_name(tzname[0]) && is_utc_name(tzname[1]); }

}  // namespace

bool local_zone_is_utc() {
   ensure_tzset();
   return zone_is_utc();
}

std::int32_t local_utc_offset(std::int64_t seconds) {
   if (local_zone_is_utc()) return 0;
   const std::time_t t = static_cast< std::time_t >(seconds);
   std::tm tm{};
   if (!localtime_r(&t, &tm)) return 0;
   return static_cast< std::int32_t >(tm.tm_gmtoff);
}

Time local_time_at(std::int64_t seconds, std::int32_t nanoseconds) {
   Time t;
   t.seconds = seconds;
   t.nanoseconds = nanoseconds;
   t.utc_offset = local_utc_offset(seconds);
   return t;
}

Time now() {
   if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
      if (auto seconds = parse_integer(epoch)) return local_time_at(*seconds);
   }
   const auto since = std::chrono::system_clock::now().time_since_epoch();
   const auto ns = std::chrono::duration_cast< std::chrono::nanoseconds >(since).count();
   return local_time_at(floor_div(ns, 1000000000), std::int32_t(ns - floor_div(ns, 1000000000) * 1000000000));
}

CivilTime civil(const Time& t) {
   const std::int64_t local = t.seconds + t.utc_offset;
   const std::int64_t days = floor_div(local, 86400);
   const std::int64_t secs = local - days * 86400;
   CivilTime c{};
   civil_from_days(days, c.year, c.month, c.day, c.yday);
   c.hour = int(secs / 3600);
   c.minute = int(secs / 60 % 60);
   c.second = int(secs % 60);
   c.wday = int(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
   return c;
}

std::int64_t epoch_seconds(std::int64_t year, int month, int day, int hour, int minute, int second,
                           std::int32_t utc_offset) {
   return days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - utc_offset;
}

std::string time_to_s(const Time& t) {
   if (t.is_date) return strftime(t, "%Y-%m-%d");
   return strftime(t, t.is_utc ? "%Y-%m-%d %H:%M:%S UTC" : "%Y-%m-%d %H:%M:%S %z");
}

Time time_from_to_s(std::string_view text) {
   long long year = 0;
   int month = 1, day = 1, hour = 0, minute = 0, second = 0;
   char zone[8] = "";
   const int read = std::sscanf(std::string(text).c_str(), "%lld-%d-%d %d:%d:%d %7s", &year, &month, &day, &hour,
                                &minute, &second, zone);
   Time t;
   if (read <= 3) {  // a Date
      t.seconds = epoch_seconds(year, month, day, 0, 0, 0, 0);
      t.is_date = true;
      return t;
   }
   if (std::string_view(zone) == "UTC") {
      t.seconds = epoch_seconds(year, month, day, hour, minute, second, 0);
      t.is_utc = true;
      return t;
   }
   const int hhmm = std::atoi(zone + 1);
   const std::int32_t offset = (zone[0] == '-' ? -1 : 1) * ((hhmm / 100) * 3600 + (hhmm % 100) * 60);
   t.seconds = epoch_seconds(year, month, day, hour, minute, second, offset);
   if (offset == local_utc_offset(t.seconds)) return local_time_at(t.seconds);
   t.utc_offset = offset;
   t.zone_unnamed = true;
   return t;
}

}  // namespace jekyllpp::liquid::ruby
