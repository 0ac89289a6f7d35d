#pragma once
// TOML → liquid::Value as Jekyll 4.3.1 reads a `.toml` config: with tomlrb 1.3.0, whose TOML is
// older than 1.0 (no dotted keys, no hex/octal/binary integers, an empty value is nil) and
// whose dates and date-times are all Times (no zone: +00:00).
#include <stdexcept>
#include <string>
#include <string_view>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {

// A TOML document tomlrb rejects. ruby_class is the class of what it raises:
// Tomlrb::ParseError (bad syntax; what() is Racc's "\nparse error on value ..." or tomlrb's own
// message), ArgumentError (Time.new refusing a date) or RangeError (an escape past Unicode).
class TomlError : public std::runtime_error {
public:
   TomlError(std::string message, std::string ruby_class)
       : std::runtime_error(std::move(message)), ruby_class_(std::move(ruby_class)) {}
   const std::string& ruby_class() const { return ruby_class_; }

private:
   std::string ruby_class_;
};

// Parses one TOML document into a Hash.
liquid::Value parse_toml(std::string_view text);

}  // namespace jekyllpp::site
