#pragma once
// The String methods jekyll-paginate-v2 cleans its index keys and settings with.
#include <string>
#include <string_view>
#include <vector>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site::plugins::paginate_v2 {

// String#downcase (ASCII letters).
std::string downcase(std::string text);
// String#strip.
std::string strip(const std::string& text);
// String#split on any of the single characters (a trailing empty field dropped, as Ruby does).
std::vector< std::string > split_on(const std::string& text, std::string_view separators);
// The items both indexers (posts by key, autopages) take from a document's data[key]: none for
// a missing, nil, empty or blank value; a String split on whitespace, ',' and ';'; an Array's
// items; any other value itself.
liquid::Array index_items(const liquid::Value* value);

}  // namespace jekyllpp::site::plugins::paginate_v2
