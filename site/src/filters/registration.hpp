#pragma once
// One registration function per group of Jekyll's filters (see jekyll_liquid.hpp).
#include "jekyllpp/site/jekyll_liquid.hpp"

namespace jekyllpp::site::filters {

void register_url_filters(liquid::Environment& environment);
void register_date_filters(liquid::Environment& environment);
void register_string_filters(liquid::Environment& environment);
void register_converter_filters(liquid::Environment& environment, JekyllLiquidConverters converters);
void register_array_filters(liquid::Environment& environment);
void register_selection_filters(liquid::Environment& environment);
void register_grouping_filters(liquid::Environment& environment);
void register_sort_filter(liquid::Environment& environment);

}  // namespace jekyllpp::site::filters
