#pragma once
// Jekyll's date filters (filters/date_filters.rb) as plain functions.
#include <optional>
#include <string>
#include <string_view>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site::filters {

// DateFilters#time: Liquid::Utils.to_date(input).to_time.localtime. Throws site::Error
// (InvalidDateError) when the input is no date.
liquid::Time to_local_time(const liquid::Value& input);

std::string xmlschema(const liquid::Time& time);
std::string rfc822(const liquid::Time& time);
// stringify_date: month_format "%b" or "%B"; type "ordinal"; style "US".
std::string stringify_date(const liquid::Time& time, std::string_view month_format,
                           std::string_view type, std::string_view style);

}  // namespace jekyllpp::site::filters
