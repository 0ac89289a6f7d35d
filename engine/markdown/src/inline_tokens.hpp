#pragma once
// Inline source the pre-pass converts itself, since cmark would read it differently, and leaves
// in the text as a token "\x02N\x03": `$$math$$`, raw-content span elements (`<code>`, `<kbd>`,
// an unknown element...: kept as written, no markdown, no smart quotes) and the entity references
// kramdown keeps out of smart quotes and typographic symbols (`&quot;` stays `"`, `&lt;&lt;`
// is no `«`) or writes unlike cmark (`&#60;` as written, `&#150;` as `–`, unknown names as
// text; with entity_output other than as_char every reference), and the span forms of the
// comment and nomarkdown extensions.
#include <string>
#include <string_view>
#include <vector>

#include "jekyllpp/markdown/markdown.hpp"

namespace jekyllpp::markdown {

struct InlineToken {
   std::string html;    // the output
   std::string source;  // as written: restored where cmark reads the text as a URL, code, HTML
   std::string text;    // its plain text, for header ids
};

// The tag name cmark is given for one it would not read as HTML (`<a_b>`): this, then the
// index of the token whose source is the name.
inline constexpr std::string_view hidden_tag_prefix = "jkpptag";

// Replaces the spans above in `line` (a line of paragraph text) with tokens, outside code spans.
// `bracket_above`: an earlier line of the paragraph has a `[`, which may open a link whose
// text goes on to this line. `paragraph_ends`: the text ends with this line, where kramdown
// closes a raw span element left open. `entities`: kramdown's entity_output; other than
// as_char, every entity reference kramdown knows is a token written in that form.
// `next_line`: the paragraph's next line (not yet tokenized), where an inline link's URL left
// open here may end; its first `next_strip` columns of indentation are the container's.
// `raw_open`: the names of the raw span elements (`<s>`, `<code>`, an unknown one, and those
// opened in it; innermost last) the line above left open, whose text this line goes on with;
// set when some are left open here (only when `next_line` is given: the paragraph goes on).
// `table_row`: the line is a row of a table, whose cells end an element left open at a pipe.
void tokenize_inline(std::string& line, std::vector<InlineToken>& tokens, bool bracket_above = false,
                     bool paragraph_ends = false, Options::EntityOutput entities = Options::EntityOutput::as_char,
                     std::string* next_line = nullptr, size_t next_strip = 0,
                     std::vector<std::string>* raw_open = nullptr, bool table_row = false);

// `s` with every token turned back into its source; with `unescape`, an escaped character's
// token gives the character (kramdown drops the backslash from an image's alt text).
std::string restore_tokens(std::string_view s, const std::vector<InlineToken>& tokens,
                           bool unescape = false);

// The end of the raw span element (content kept as written) that starts at `pos` and ends on
// this line, or 0.
size_t raw_span_element_end(std::string_view line, size_t pos);

// Where the code span opened by the `run` backticks at `open` closes: the start of the next
// run of exactly `run` backticks in `line`, or npos.
size_t closing_backticks(std::string_view line, size_t open, size_t run);

// The token at `pos` ('\x02'): its index and length, or false.
bool token_at(std::string_view s, size_t pos, size_t count, size_t& index, size_t& length);

}  // namespace jekyllpp::markdown
