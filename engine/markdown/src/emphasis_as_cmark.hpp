#pragma once
// The paragraphs whose emphasis kramdown pairs as cmark-gfm did, told without the flat
// re-parse: the common case of `*a*` and `**b**` among plain text.
#include <string_view>
#include <vector>

#include "cmark_nodes.hpp"

namespace jekyllpp::markdown {

// The mark (`*` or `_`) cmark's emphasis node `n` opened with, read from `lines` (the source by
// 1-based line number): the run at its column, followed by its first text. (On a lazy line
// cmark's columns are off: then the run before that text nearest the column.)
char cmark_mark(Node n, const std::vector<std::string_view>& lines);

// Whether the inline content of `container` (or of a link in it) has emphasis or marks to pair
// (a `*`, `_` or `~~` in a text).
bool has_marks(Node container);

enum class MarkPairing {
   none,      // no emphasis and no delimiter: nothing to pair
   as_cmark,  // kramdown's pairing is cmark's own: each emphasis node now holds its mark
   other,     // the full pass decides
};

// Whether the inline children of `container` pair as cmark paired them: every emphasis is a
// `*` one of plain content (no emphasis, strikethrough or HTML inside, no space at its ends),
// next to no other emphasis and of a kind not `held` around it (1: em, 2: strong), and no text
// has a `*`, `_`, `~` or `{` (a span IAL) of its own. Then kramdown's left-to-right scan opens
// at each emphasis' first run and closes at its next, the one cmark closed with.
MarkPairing classify_pairing(Node container, const std::vector<std::string_view>& lines, unsigned held);

}  // namespace jekyllpp::markdown
