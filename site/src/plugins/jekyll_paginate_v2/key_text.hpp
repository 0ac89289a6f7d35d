#pragma once
// The String methods jekyll-paginate-v2 cleans its index keys and settings with.
#include <string>
#include <string_view>
#include <vector>

namespace jekyllpp::site::plugins::paginate_v2 {

// String#downcase (ASCII letters).
std::string downcase(std::string text);
// String#strip.
std::string strip(const std::string& text);
// String#split on any of the single characters (a trailing empty field dropped, as Ruby does).
std::vector< std::string > split_on(const std::string& text, std::string_view separators);

}  // namespace jekyllpp::site::plugins::paginate_v2
