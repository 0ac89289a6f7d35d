#pragma once
// Unicode properties as Ruby 3.1 sees them (the Ruby kramdown runs on).
#include <cstdint>
#include <string>
#include <string_view>

namespace jekyllpp::markdown {

// The code point of the UTF-8 sequence at s[i]; moves i past it.
uint32_t decode_utf8(std::string_view s, size_t& i);

// Appends the UTF-8 bytes of a code point.
void append_utf8(std::string& out, uint32_t cp);

// /\p{Word}/: letter, mark, decimal digit or connector punctuation.
bool is_word_char(uint32_t cp);

// XML's NameStartChar and NameChar (REXML's, which kramdown's `{#id}` header ids are made of).
bool is_xml_name_start(uint32_t cp);
bool is_xml_name_char(uint32_t cp);

// String#downcase of one code point, for those it maps to one code point (all but U+0130).
uint32_t downcase_char(uint32_t cp);

}  // namespace jekyllpp::markdown
