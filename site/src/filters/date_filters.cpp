// Jekyll's DateFilters: date_to_xmlschema, date_to_rfc822, date_to_string, date_to_long_string.
#include "filters/dates.hpp"
#include "filters/filter_support.hpp"
#include "filters/registration.hpp"
#include "filters/text.hpp"
#include "jekyllpp/liquid/environment.hpp"

namespace jekyllpp::site::filters {

namespace {

// `return date if date.to_s.empty?` (a Time's to_s never is: not written out to find that)
bool passes_through(const liquid::Value& input) {
   return input.is_nil() || (!input.is_time() && ruby_to_s(input).empty());
}

liquid::FilterFn stringify_filter(const char* month_format) {
   return [month_format](const liquid::FilterCall& call) -> liquid::Value {
      check_arity(call, 1, 3);
      if (passes_through(call.input)) return call.input;
      const liquid::Value& type = argument(call, 0);
      const liquid::Value& style = argument(call, 1);
      return stringify_date(to_local_time(call.input), month_format,
                            type.is_string() ? std::string_view(type.as_string()) : std::string_view(),
                            style.is_string() ? std::string_view(style.as_string()) : std::string_view());
   };
}

}  // namespace

void register_date_filters(liquid::Environment& environment) {
   environment.register_filter("date_to_xmlschema", [](const liquid::FilterCall& call) -> liquid::Value {
      check_arity(call, 1, 1);
      if (passes_through(call.input)) return call.input;
      return xmlschema(to_local_time(call.input));
   });
   environment.register_filter("date_to_rfc822", [](const liquid::FilterCall& call) -> liquid::Value {
      check_arity(call, 1, 1);
      if (passes_through(call.input)) return call.input;
      return rfc822(to_local_time(call.input));
   });
   environment.register_filter("date_to_string", stringify_filter("%b"));
   environment.register_filter("date_to_long_string", stringify_filter("%B"));
}

}  // namespace jekyllpp::site::filters
