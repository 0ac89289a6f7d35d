#pragma once
// The value tomlrb's grammar gives a scalar token: strings with their escapes and line
// continuations, Ruby's to_f and to_i of numbers, Time.new of a date or date-time.
#include "jekyllpp/liquid/value.hpp"
#include "toml_scanner.hpp"

namespace jekyllpp::site::toml {

// Throws TomlError as tomlrb and Ruby do (a reserved escape, a bad codepoint, a bad date).
liquid::Value scalar_value(const Token& t);

}  // namespace jekyllpp::site::toml
