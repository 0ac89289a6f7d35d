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

// Psych::DisallowedClass: Jekyll loads YAML with Psych.safe_load (Psych 4), which refuses the
// Symbol a plain scalar such as `:title` or `:compressed` makes. Not a YamlError: Jekyll's
// readers rescue it as a StandardError, not as a Psych::SyntaxError.
class YamlDisallowedClass : public std::runtime_error {
public:
   YamlDisallowedClass() : std::runtime_error("Tried to load unspecified class: Symbol") {}
};

// Parses one YAML document; an empty document gives nil. Throws YamlError on bad syntax and
// YamlDisallowedClass on a Symbol.
liquid::Value parse_yaml(std::string_view text);

// parse_yaml without its fast path for simple front matter (simple_yaml.hpp): libyaml's
// syntax check, then yaml-cpp. Tests compare the two.
liquid::Value parse_yaml_general(std::string_view text);

// The value Psych gives a plain (unquoted) scalar; YamlDisallowedClass for a Symbol.
liquid::Value resolve_plain_scalar(const std::string& text);

}  // namespace jekyllpp::site
