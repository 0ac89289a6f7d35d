#pragma once
// Hand-written equivalents of Liquid 5.4's lax-parsing regular expressions (QuotedFragment,
// TagAttributes, ...), matching the way Ruby's regex engine picks its match, backtracking
// included where a pattern needs it. Positions are byte offsets; npos means "no match".
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jekyllpp::liquid::lax {

constexpr std::size_t npos = std::string_view::npos;

// Ruby's \s and \w (ASCII only, as Ruby applies them to these patterns).
inline bool is_space(char c) {
   return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
inline bool is_word(char c) {
   return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
inline std::size_t skip_spaces(std::string_view s, std::size_t i) {
   while (i < s.size() && is_space(s[i])) ++i;
   return i;
}
// Ruby's String#strip / lstrip / rstrip.
std::string_view strip(std::string_view s);
std::string_view lstrip(std::string_view s);
std::string_view rstrip(std::string_view s);

// QuotedString at i: end offset or npos.
std::size_t quoted_string(std::string_view s, std::size_t i);
// QuotedFragment anchored at i: end offset of the match Ruby picks first, or npos.
std::size_t quoted_fragment(std::string_view s, std::size_t i);
// Every end offset QuotedFragment can match at i, in the order the regex engine tries them.
std::vector< std::size_t > quoted_fragment_ends(std::string_view s, std::size_t i);
// QuotedFragment+ anchored at i: end offset or npos.
std::size_t quoted_fragments(std::string_view s, std::size_t i);
// First QuotedFragment at or after from: {begin, end} or {npos, npos}.
std::pair< std::size_t, std::size_t > search_quoted_fragment(std::string_view s, std::size_t from = 0);

// markup.scan(TagAttributes): (key, value) pairs of `key: value`.
std::vector< std::pair< std::string, std::string > > tag_attributes(std::string_view markup);
// JustTagAttributes: the whole of s is `key: value`.
bool just_tag_attribute(std::string_view s, std::string& key, std::string& value);
// A run of VariableSignature (`\(?[\w\-\.\[\]]\)?`) anchored at i: end offset or npos.
std::size_t variable_signatures(std::string_view s, std::size_t i);

}  // namespace jekyllpp::liquid::lax
