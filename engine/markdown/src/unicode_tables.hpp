#pragma once
// Unicode properties as Ruby 3.1 sees them (the Ruby kramdown runs on).
#include <cstdint>

namespace jekyllpp::markdown {

// /\p{Word}/: letter, mark, decimal digit or connector punctuation.
bool is_word_char(uint32_t cp);

// String#downcase of one code point, for those it maps to one code point (all but U+0130).
uint32_t downcase_char(uint32_t cp);

}  // namespace jekyllpp::markdown
