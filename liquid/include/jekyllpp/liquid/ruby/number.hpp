#pragma once
// Ruby's ways of reading numbers from strings.
#include <cstdint>
#include <optional>
#include <string_view>

namespace jekyllpp::liquid::ruby {

// Kernel#Integer(string): surrounding whitespace, a sign, underscores between digits and the
// 0x / 0b / 0o / 0 prefixes; nullopt where Ruby raises "invalid value for Integer()". Values past
// int64 saturate.
std::optional< std::int64_t > parse_integer(std::string_view s);
// Kernel#Float(string): surrounding whitespace, a sign, underscores between digits, ".5", an
// exponent, hex (0x1A, 0x1.8p1); nullopt where Ruby raises ("1.", "1e", "Infinity", "").
std::optional< double > parse_float(std::string_view s);
// String#to_i: the leading decimal integer, 0 when there is none.
std::int64_t string_to_i(std::string_view s);
// The same at any size: the integer's decimal digits, with '-' when negative.
std::string string_to_i_digits(std::string_view s);
// String#to_f: the leading decimal float, 0.0 when there is none.
double string_to_f(std::string_view s);

}  // namespace jekyllpp::liquid::ruby
