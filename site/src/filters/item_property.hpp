#pragma once
// Jekyll's item_property (filters.rb): how where, find, group_by and sort read a property of
// an item, numeric-looking values turned into numbers.
#include <string_view>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site::filters {

// read_liquid_attribute(item, property) then parse_sort_input. A dotted property walks the
// path; item[property] raises as Ruby's [] does on nil, arrays and numbers.
liquid::Value item_property(const liquid::Value& item, std::string_view property);
// The same without copying: a stored value in place, or one made in `scratch`.
const liquid::Value& item_property(const liquid::Value& item, std::string_view property, liquid::Value& scratch);

}  // namespace jekyllpp::site::filters
