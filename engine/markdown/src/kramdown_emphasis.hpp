#pragma once
// kramdown's `*`/`_` emphasis over the inline nodes cmark-gfm parsed. cmark pairs delimiters by
// its flanking rules; kramdown scans left to right: an opener is a `*`, `**`, `_` or `__` not
// followed by whitespace (a `_` not after a letter), its content runs to the first such mark not
// after whitespace, and emphasis of a kind opens nowhere inside one of that kind. GFM's `~~`
// strikethrough is paired here too, by kramdown-parser-gfm's rule.
#include <string_view>
#include <vector>

#include "cmark_nodes.hpp"

namespace jekyllpp::markdown {

// Re-pairs the emphasis and strikethrough among the inline children of `block` (and of the
// links in them) as kramdown's span parser does. Code spans, links, HTML and the other inline
// nodes stay whole. `lines` holds the source cmark parsed, by 1-based line number: it tells an
// escaped `\*` or an entity reference from a delimiter. Content that pairs as cmark paired it
// (classify_pairing) is left as it is unless `full` asks for the whole pass anyway (tests).
void apply_kramdown_emphasis(Node block, const std::vector<std::string_view>& lines, bool full = false);

// The mark (`*` or `_`) of an emphasis node apply_kramdown_emphasis made.
char emphasis_mark(Node emphasis);

}  // namespace jekyllpp::markdown
