#pragma once
// Jekyll's item_property (filters.rb): how where, find, group_by and sort read a property of
// an item, numeric-looking values turned into numbers.
#include <string_view>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site::filters {

// read_liquid_attribute(item, property) then parse_sort_input. A dotted property walks the
// path; item[property] raises as Ruby's [] does on nil, arrays and numbers.
liquid::Value item_property(const liquid::Value& item, std::string_view property);

}  // namespace jekyllpp::site::filters
