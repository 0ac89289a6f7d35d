#include "filters/dates.hpp"

#include "filters/json.hpp"
#include "jekyllpp/liquid/ruby/time.hpp"
#include "jekyllpp/site/errors.hpp"

namespace jekyllpp::site::filters {

namespace {

namespace ruby = liquid::ruby;

bool all_digits(std::string_view text) {
   if (text.empty()) return false;
   for (char c : text)
      if (c < '0' || c > '9') return false;
   return true;
}

// Liquid::Utils.to_date
std::optional< liquid::Time > to_date(const liquid::Value& input) {
   if (input.is_time()) return input.as_time();
   if (input.is_integer()) return ruby::local_time_at(input.as_integer());
   if (!input.is_string() || input.as_string().empty()) return std::nullopt;
   std::string text = input.as_string();
   for (char& c : text)
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
   if (text == "now" || text == "today") return ruby::now();
   if (all_digits(text)) return ruby::local_time_at(std::stoll(text));
   return ruby::parse_time(input.as_string());
}

// Date#to_time: local midnight of the date.
liquid::Time local_midnight(const liquid::Time& date) {
   const ruby::CivilTime day = ruby::civil(date);
   const std::int64_t utc_midnight = ruby::epoch_seconds(day.year, day.month, day.day, 0, 0, 0, 0);
   std::int64_t seconds = utc_midnight - ruby::local_utc_offset(utc_midnight);
   seconds = utc_midnight - ruby::local_utc_offset(seconds);
   return ruby::local_time_at(seconds);
}

const char* ordinal_suffix(int day) {
   if (day >= 11 && day <= 13) return "th";
   switch (day % 10) {
      case 1: return "st";
      case 2: return "nd";
      case 3: return "rd";
      default: return "th";
   }
}

}  // namespace

liquid::Time to_local_time(const liquid::Value& input) {
   const std::optional< liquid::Time > date = to_date(input);
   if (!date)
      throw Error(Error::Kind::InvalidDate,
                  "Invalid Date: '" + jekyll_inspect(input) + "' is not a valid datetime.");
   if (date->is_date) return local_midnight(*date);
   return ruby::local_time_at(date->seconds, date->nanoseconds);
}

std::string xmlschema(const liquid::Time& time) { return ruby::strftime(time, "%Y-%m-%dT%H:%M:%S%:z"); }

std::string rfc822(const liquid::Time& time) { return ruby::strftime(time, "%a, %d %b %Y %H:%M:%S %z"); }

std::string stringify_date(const liquid::Time& time, std::string_view month_format,
                           std::string_view type, std::string_view style) {
   const std::string month(month_format);
   if (type == "ordinal") {
      const int day = ruby::civil(time).day;
      const std::string ordinal_day = std::to_string(day) + ordinal_suffix(day);
      if (style == "US") return ruby::strftime(time, month + " " + ordinal_day + ", %Y");
      return ruby::strftime(time, ordinal_day + " " + month + " %Y");
   }
   return ruby::strftime(time, "%d " + month + " %Y");
}

}  // namespace jekyllpp::site::filters
