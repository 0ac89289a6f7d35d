#pragma once
// A fast reader for the plainest YAML front matter: one `key: value` per line at column 0, the
// value plain (one line, a small set of characters), quoted without escapes, or a flow list of
// plain words. For such text libyaml and yaml-cpp cannot fail and give the same Value as this
// reader (tests/site/simple_yaml_test.cpp compares them); anything else is left to them.
#include <optional>
#include <string_view>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {

// The document's Value, or nullopt when the text is not in the simple form.
std::optional< liquid::Value > parse_simple_yaml(std::string_view text);

}  // namespace jekyllpp::site
