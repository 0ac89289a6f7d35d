#pragma once
// Ruby Time helpers over liquid::Time: local time in the process's TZ, parsing the strings
// Jekyll feeds Time.parse, and strftime.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {

// The instant `seconds` seen in the local zone (Ruby's Time.at(seconds)).
liquid::Time local_time(std::int64_t seconds, std::int32_t nanoseconds = 0);
// Local wall-clock fields → Time (Ruby's Time.local).
liquid::Time local_time_from_fields(int year, int month, int day, int hour, int minute, int second,
                                    std::int32_t nanoseconds = 0);
// Seconds since the epoch of a UTC wall-clock time.
std::int64_t utc_seconds(int year, int month, int day, int hour, int minute, int second);
// Ruby's Time.parse(text).localtime for the forms dates take in Jekyll sites
// ("2014-01-01", "2014-01-01 10:00:00 +0100", "2014-01-01T10:00:00Z", "Jan 1, 2014" is not
// supported); nullopt when it does not parse.
std::optional< liquid::Time > parse_time(std::string_view text);
// Ruby's to_s of a Time or Date value ("2014-01-01 10:00:00 +0000", "2014-01-01").
std::string time_to_s(const liquid::Time& time);
// Ruby's strftime for the directives Jekyll's URL placeholders and logs use.
std::string strftime(const liquid::Time& time, std::string_view format);

}  // namespace jekyllpp::site
