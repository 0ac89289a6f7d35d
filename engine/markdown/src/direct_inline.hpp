#pragma once
// The span content of a plain document (direct_html.hpp) read and written without cmark-gfm:
// text, code spans of one backtick, `*`/`**` emphasis of plain content and inline links with
// plain URLs, in the few forms kramdown and cmark-gfm read alike.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "renderer.hpp"

namespace jekyllpp::markdown::direct {

struct Inline {
   enum Kind : uint8_t { text, soft_break, code, em_open, em_close, strong_open, strong_close, link_open, link_close };
   Kind kind;
   uint32_t begin = 0, end = 0;  // in the source: the text, the code, a link's URL
};

// What a span may hold: `plain` text alone (a header), or text, code, emphasis and links.
enum class SpanKind { plain, rich };

// Reads source[at, at + length) onto `out`; false when it holds anything outside the plain
// forms (then `out` holds part of it). `lone_pair`: the span's block has one run of two or
// more backticks, of two, which both parsers then read as text (it closes no code span).
// `rest`: the block's text after the span (a paragraph's next lines).
bool read_span(std::string_view source, size_t at, size_t length, SpanKind kind, std::vector<Inline>& out,
               bool lone_pair = false, std::string_view rest = {});

// Whether `text` is a block of which read_span may read a lone pair of backticks as text.
bool lone_backtick_pair(std::string_view text);

// Writes tokens [first, last) of `source` as the renderer writes the same inline nodes: the
// text between elements as one typographic run whose lookahead is the element's opening.
// `raw` (optional) receives the text as a header id reads it.
void write_span(const Inline* first, const Inline* last, std::string_view source, const Conversion& c,
                std::string& out, std::string* raw = nullptr);

}  // namespace jekyllpp::markdown::direct
