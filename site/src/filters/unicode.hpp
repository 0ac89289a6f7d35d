#pragma once
// The few Unicode services Ruby's regexps and String methods give Jekyll's filters:
// general categories (\p{L}, \p{M}, \p{Nd}), scripts (\p{Han}...) and NFKC, from ICU.
#include <string>
#include <string_view>

namespace jekyllpp::site::filters {

// Decodes the UTF-8 code point at text[pos] and advances pos; an invalid byte is returned as is.
char32_t next_code_point(std::string_view text, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);

bool is_letter(char32_t cp);         // \p{L}
bool is_mark(char32_t cp);           // \p{M}
bool is_decimal_digit(char32_t cp);  // \p{Nd}
// \p{Han}, \p{Katakana}, \p{Hiragana} or \p{Hangul}.
bool is_cjk(char32_t cp);
// Ruby's \s: ASCII whitespace only.
inline bool is_ruby_space(char32_t cp) {
   return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\v' || cp == '\f' || cp == '\r';
}

// Unicode NFKC, as Addressable::IDNA.unicode_normalize_kc.
std::string normalize_kc(std::string_view text);

}  // namespace jekyllpp::site::filters
