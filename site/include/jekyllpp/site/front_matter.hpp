#pragma once
// Splitting a file into YAML front matter and body with Jekyll's YAML_FRONT_MATTER_REGEXP:
// \A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)  (multi-line mode).
#include <optional>
#include <string_view>

namespace jekyllpp::site {

struct FrontMatterSplit {
   std::string_view yaml;  // group 1: from the opening "---" up to the closing fence's line
   std::string_view body;  // everything after the closing fence line
};

// nullopt when the text has no front matter block.
std::optional< FrontMatterSplit > split_front_matter(std::string_view text);

// Utils.has_yaml_header?: the first line is "---" followed by whitespace.
bool has_yaml_header(std::string_view first_bytes);

}  // namespace jekyllpp::site
