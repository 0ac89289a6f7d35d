#pragma once
// Ruby's Time as Liquid and Jekyll use it: the clock, local time, strftime and Time.parse.
// Local time follows the TZ environment variable, as Ruby's does.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid::ruby {

// Time.now in the local zone. Honours SOURCE_DATE_EPOCH (jekyllpp's frozen clock) when set.
Time now();
// Time.at(seconds) in the local zone.
Time local_time_at(std::int64_t seconds, std::int32_t nanoseconds = 0);
// The local zone's offset from UTC (seconds east) at that instant.
std::int32_t local_utc_offset(std::int64_t seconds);
// Whether the local zone is UTC itself, whose offset is always 0.
bool local_zone_is_utc();
// The broken-down civil time of t in its own offset.
struct CivilTime {
   std::int64_t year;
   int month, day, hour, minute, second;  // month 1..12
   int yday, wday;                        // day of year 1..366, weekday 0 = Sunday
};
CivilTime civil(const Time& t);
// Seconds since the epoch of a civil time at the given offset.
std::int64_t epoch_seconds(std::int64_t year, int month, int day, int hour, int minute, int second,
                           std::int32_t utc_offset);

// Ruby's Time#strftime with its flags (- _ 0 ^ #), widths, %N precisions and %:z forms.
// Throws std::invalid_argument("invalid format: ...") for a format ending inside a conversion.
std::string strftime(const Time& t, std::string_view format);
// Ruby's Time#to_s: "2024-01-01 00:01:58 +0000" (Date: "2024-01-01").
std::string time_to_s(const Time& t);
// The Date or Time whose Ruby to_s is `text` ("2024-01-02", "2024-01-02 10:00:00 UTC",
// "2024-01-02 10:00:00 +0100"): how a Date or Time hash key, kept as that text, comes back. An
// offset that is the local zone's reads as local time; fractions of a second are not in the text.
Time time_from_to_s(std::string_view text);

// Ruby's Time.parse(string) (Date._parse, then local time for missing parts): nullopt where
// Ruby raises ArgumentError ("no time information"); std::out_of_range where it raises RangeError
// (a month, day, hour, minute or second beyond a C int).
std::optional< Time > parse_time(std::string_view text);

}  // namespace jekyllpp::liquid::ruby
