#include "jekyllpp/liquid/standard_filters.hpp"

#include "filters/support.hpp"

namespace jekyllpp::liquid {

void register_standard_filters(Environment& environment) {
   filters::register_string_filters(environment);
   filters::register_html_filters(environment);
   filters::register_encoding_filters(environment);
   filters::register_array_filters(environment);
   filters::register_math_filters(environment);
   filters::register_date_filters(environment);
   filters::register_default_filter(environment);
}

}  // namespace jekyllpp::liquid
