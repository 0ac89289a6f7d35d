#pragma once
// Escapes written into a paragraph line so that cmark reads its spans as kramdown does.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "inline_tokens.hpp"

namespace jekyllpp::markdown {

// GFM table rows: cmark splits cells at a `|` even inside a code span, kramdown does not; such
// pipes are escaped (the table extension unescapes `\|` in cells), and the backslash of a `\|`
// there, which kramdown keeps, becomes a token in `tokens`.
void escape_pipes_in_code_spans(std::string& line, std::vector<InlineToken>& tokens);

// Whether `text` holds a backtick run of exactly `run` backticks.
bool has_backtick_run(std::string_view text, size_t run);

// A backtick run that no run of its length closes is literal text; cmark-gfm 0.29 then skips
// code spans later on the line, so such a run is escaped when no other line of the paragraph
// has a run of its length either (`others_have_run(n)`, asked only for such a run: collecting
// the other lines for every line was quadratic in a paragraph's length).
void escape_unclosed_backticks(std::string& line, const std::function<bool(size_t)>& others_have_run);

// kramdown reads `[a [b](u1) c](u2)` as one link to u2 with the inner link as text, cmark as
// the inner link only: the inner link's brackets are escaped.
void escape_nested_links(std::string& line);

}  // namespace jekyllpp::markdown
