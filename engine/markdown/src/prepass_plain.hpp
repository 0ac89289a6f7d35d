#pragma once
// The pre-pass's fast path. Most documents use only syntax that kramdown and cmark-gfm read
// alike: ATX headers, paragraphs, one-level `-` and `1.` lists of one-line items, block quote
// lines, GFM tables, backtick fences, and in the text code spans, emphasis and inline links
// with plain URLs. One scan recognises such a document (without allocating per line) and
// builds its Prepass directly: the text as written, but for the numbers of the ordered items
// that follow a line of text (run_prepass writes them as a 1 of the same width).
#include <string_view>

#include "prepass.hpp"

namespace jekyllpp::markdown {

// Whether `src` is such a document; then `result` is what the full pre-pass gives for it.
bool plain_prepass(std::string_view src, Prepass& result);

}  // namespace jekyllpp::markdown
