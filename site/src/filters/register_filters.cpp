#include "filters/registration.hpp"

namespace jekyllpp::site {

void register_jekyll_filters(liquid::Environment& environment, JekyllLiquidConverters converters) {
   filters::register_url_filters(environment);
   filters::register_date_filters(environment);
   filters::register_string_filters(environment);
   filters::register_converter_filters(environment, std::move(converters));
   filters::register_array_filters(environment);
   filters::register_selection_filters(environment);
   filters::register_grouping_filters(environment);
   filters::register_sort_filter(environment);
}

}  // namespace jekyllpp::site
