#pragma once
// The HTML of a plain document written straight from its lines, with no cmark-gfm parse, no
// tree and no pre-pass: a document of nothing but ATX headers, paragraphs, one-level `-`/`1.`
// lists of one-line items, block quote lines, GFM tables and backtick fences, with blank lines
// between the blocks, and in text code spans, `*` emphasis and inline links (direct_inline.hpp).
// The renderer's own routines write every piece, so both paths write the same bytes.
#include <string>
#include <string_view>

#include "jekyllpp/markdown/markdown.hpp"
#include "renderer.hpp"

namespace jekyllpp::markdown {

// Writes the top-level document `source` (normalized: newlines only) to `out` when it is plain
// and the options are Jekyll's defaults; false, with `out` and `c` untouched, otherwise.
bool write_plain_document(Conversion& c, std::string_view source, int indent, bool in_html, std::string& out);

// to_html without the direct writer: every document through the pre-pass, cmark-gfm and the
// renderer (tests compare the two).
std::string to_html_full_path(std::string_view markdown, const Options& options = {});

}  // namespace jekyllpp::markdown
