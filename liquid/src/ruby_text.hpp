#pragma once
// Small Ruby string behaviours the core needs for messages and conversions.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jekyllpp::liquid {

// Bytes in the UTF-8 sequence that starts with lead (1 for invalid leads).
inline std::size_t utf8_char_length(std::uint8_t lead) {
   if (lead < 0xC0) return 1;
   if (lead < 0xE0) return 2;
   if (lead < 0xF0) return 3;
   return 4;
}
// Characters in a UTF-8 string (Ruby's String#size).
std::size_t utf8_length(std::string_view s);
// Ruby's String#inspect for a plain UTF-8 string.
std::string ruby_string_inspect(std::string_view s);
// Ruby's String#to_i (leading integer, 0 when none) and String#to_f.
std::int64_t ruby_to_i(std::string_view s);
double ruby_to_f(std::string_view s);
// Ruby's Kernel#Integer(string): nullopt when Ruby raises ArgumentError.
std::optional< std::int64_t > ruby_integer(std::string_view s);

}  // namespace jekyllpp::liquid
