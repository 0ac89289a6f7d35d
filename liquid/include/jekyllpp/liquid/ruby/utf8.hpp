#pragma once
// Character-wise access to UTF-8 strings, as Ruby indexes a String by character.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace jekyllpp::liquid::ruby {

// The byte length of the character starting at s[i] (1 for an invalid byte, as Ruby counts it).
std::size_t utf8_char_length(std::string_view s, std::size_t i);
// Decodes the character at s[i] into code_point; returns its byte length (1 and the byte itself
// for an invalid sequence).
std::size_t utf8_decode(std::string_view s, std::size_t i, std::uint32_t& code_point);
// Ruby's String#length: the number of characters.
std::size_t utf8_length(std::string_view s);
// The byte offset of character number `index` (s.size() when past the end).
std::size_t utf8_offset(std::string_view s, std::size_t index);
// Ruby's String#valid_encoding? for UTF-8.
bool utf8_valid(std::string_view s);

}  // namespace jekyllpp::liquid::ruby
