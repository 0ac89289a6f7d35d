#pragma once
// What a source line is to kramdown's block parser, read before cmark sees the line.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jekyllpp::markdown {

// Only spaces, tabs and line ends.
bool is_blank(std::string_view line);

// The spaces the line starts with.
size_t indent_of(std::string_view line);

// `s` without its surrounding whitespace.
std::string_view trim(std::string_view s);

// The column where a list item's content starts (marker, then 1-4 spaces).
size_t list_content_indent(std::string_view line);

// A `1)` list marker, which kramdown does not know.
bool is_paren_list_start(std::string_view content);

// A `-`, `*`, `+` or `1.` list marker followed by a space or tab (kramdown's PATTERN_TAIL: a
// marker alone on its line is text).
bool is_list_start(std::string_view content);

// A fence opener: its character and length, or 0.
size_t fence_length(std::string_view content, char& ch);

// Whether trimmed line `t` closes a fence of `length` `mark`s: that mark only, at least as many.
bool closes_fence(std::string_view t, char mark, size_t length);

// kramdown's FENCED_CODEBLOCK_MATCH for the fence opening lines[first]: an info string of one
// word at most, and a closing fence (the same run or a longer one, then only whitespace) later.
bool kramdown_fence(const std::vector<std::string_view>& lines, size_t first, std::string_view content,
                    char ch, size_t length);

// The run of marks kramdown's FENCED_CODEBLOCK_MATCH takes as the fence opening lines[first]
// with `length` of them, or 0 (no fence): `length` when a later line closes that, else as many
// as the longest closing line has (the regex backtracks; the marks left over start the info
// string, `~~~~` closed by `~~~` is a fence of language `~`).
size_t kramdown_fence_run(const std::vector<std::string_view>& lines, size_t first, std::string_view content,
                          char ch, size_t length);

// An ASCII word character or a byte of a UTF-8 sequence.
bool is_word_byte(char c);

// `{:...}` alone on a line (IAL_BLOCK_START), or an ALD `{:name: ...}`; sets `inner`.
bool block_ial(std::string_view content, std::string_view& inner, bool& is_ald);

// kramdown's LAZY_END: a line that ends a paragraph's or block quote's lazy lines (a blank
// line, a block IAL, the `^` end-of-block marker, an HTML tag that is no span element).
bool ends_lazy_text(std::string_view line);

// A definition line `: text` (kramdown's DEFINITION_LIST_START) with at most `max_indent`
// spaces before the colon.
bool is_definition_start(std::string_view line, size_t max_indent);

}  // namespace jekyllpp::markdown
