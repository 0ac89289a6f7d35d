#pragma once
// Ruby's String#upcase, #downcase and #capitalize on UTF-8 text, with Ruby 3.1's full Unicode
// mappings ("ß".upcase == "SS"). Invalid UTF-8 bytes are kept as they are.
#include <string>
#include <string_view>

namespace jekyllpp::liquid::ruby {

std::string upcase(std::string_view s);
std::string downcase(std::string_view s);
// First character in title case, the rest in lower case.
std::string capitalize(std::string_view s);

}  // namespace jekyllpp::liquid::ruby
