#pragma once
// Ruby's JSON generator as Jekyll's jsonify and Drop#inspect use it, and Ruby's inspect with
// Jekyll's drops (a drop inspects as its pretty-printed JSON).
#include <string>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site::filters {

// JSON.generate(as_liquid(value)). Throws liquid::Error for NaN and Infinity.
std::string to_json(const liquid::Value& value);
// JSON.pretty_generate(value).
std::string to_pretty_json(const liquid::Value& value);
// value.inspect, where drops print as JSON.pretty_generate(drop.to_h).
std::string jekyll_inspect(const liquid::Value& value);

}  // namespace jekyllpp::site::filters
