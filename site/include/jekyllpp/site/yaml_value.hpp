#pragma once
// YAML → liquid::Value with the types Ruby's Psych.safe_load gives Jekyll: plain scalars become
// nil, booleans (yes/no/on/off too), integers (octal, hex, binary, 1_000), floats, Dates and
// Times; quoted scalars stay strings.
#include <stdexcept>
#include <string>
#include <string_view>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {

// A YAML syntax error; what() reads like Psych's message.
class YamlError : public std::runtime_error {
public:
   using std::runtime_error::runtime_error;
};

// Parses one YAML document; an empty document gives nil.
liquid::Value parse_yaml(std::string_view text);

// The value Psych gives a plain (unquoted) scalar.
liquid::Value resolve_plain_scalar(const std::string& text);

}  // namespace jekyllpp::site
