#pragma once
// The line-level pass run before cmark-gfm for the kramdown syntax cmark does not know. It keeps
// the line count, so cmark's source positions still index the original lines:
//  - HTML blocks (read to their matching end tag, as kramdown does), `$$` math blocks, definition
//    lists and block quotes holding kramdown syntax become one HTML comment block `<!--\x01N ... -->` spanning
//    the same lines (region_marker);
//  - block IALs `{: ...}` become empty lines that do not count as blank;
//  - inline `$$...$$`, raw span elements and some entities become tokens (inline_tokens.hpp);
//  - a paragraph opening with a span-level tag gets "\x01" before it so that cmark keeps it a
//    paragraph (kramdown parses `<img ...>` alone on a line as a paragraph, cmark as HTML).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "html_tags.hpp"
#include "inline_tokens.hpp"

namespace jekyllpp::markdown {

using Attributes = std::vector<std::pair<std::string, std::string>>;

// How a region's placeholder comment starts; "\x01" keeps it apart from any real comment.
inline constexpr std::string_view region_marker = "<!--\x01";
// The region a cmark HTML block stands for, or -1.
long region_index(std::string_view html_block_literal, size_t region_count);

struct AttributeList {
   Attributes attributes;  // class values joined with spaces, in order
   std::vector<std::string> refs;
};

// Parses the inside of `{: ...}` (kramdown's parse_attribute_list) into `list`.
void parse_attribute_list(std::string_view text, AttributeList& list);

// A table as kramdown's own table syntax reads it (no GFM delimiter row needed).
struct KramdownTable {
   std::vector<std::vector<std::string>> rows;  // cell sources
   // Consecutive row groups: 'h' thead, 'b' tbody, 'f' tfoot, each with its number of rows.
   std::vector<std::pair<char, size_t>> sections;
   std::vector<char> alignment;  // 'd' default, 'l', 'c', 'r'
};

// Whether the table rows from lines[first] on hold a separator (`|---|`) or footer (`|===|`)
// line: kramdown's own table syntax, which a GFM table does not have.
bool has_section_lines(const std::vector<std::string_view>& lines, size_t first);

// Whether cmark-gfm reads `delimiter` as the delimiter row of a table headed by `header`: as
// many cells, each `:?-+:?`.
bool gfm_delimiter_row_fits(std::string_view header, std::string_view delimiter);

// Whether a row below the GFM table headed by lines[first] has more cells than its header
// (cmark drops them, kramdown widens the table).
bool gfm_rows_wider(const std::vector<std::string_view>& lines, size_t first);

// Reads lines[first..] as a kramdown table; returns the number of lines it spans (0: none).
size_t parse_kramdown_table(const std::vector<std::string_view>& lines, size_t first,
                            KramdownTable& table);

// Whether kramdown reads lines[first..] as a table (as parse_kramdown_table, without the cells).
bool is_kramdown_table(const std::vector<std::string_view>& lines, size_t first);

// A `<dt>` (its source line) or a `<dd>` (its content, `: ` and indentation taken off) of a
// kramdown definition list.
struct DefinitionItem {
   bool term;
   std::string content;
   bool first_as_para = false;  // dd: its first paragraph keeps its <p> (a blank line before)
   Attributes attributes;       // dd: a leading `{: ...}`
};

struct Region {
   // end_of_block: kramdown's `^` line, which ends the block above and writes nothing.
   // document: a list item's text with kramdown syntax cmark lacks (a definition list), converted
   // as a document of its own.
   // raw_text: lines no block parser of kramdown takes (1-3 spaces, then a tab), written as span
   // text without a <p> and without indentation.
   enum class Kind { html, markdown_html, math, table, blockquote, definition_list, end_of_block, document, raw_text };
   Kind kind;
   std::string html;       // html, math: the output without indent and final newline
   HtmlTag tag;            // markdown_html: the element; its content follows
   std::string content;    // markdown_html: the source between the tags; blockquote, document, raw_text: its content
   char model = 'b';       // markdown_html: 'b' block or 's' span content
   KramdownTable table;    // table
   std::vector<DefinitionItem> definitions;  // definition_list
   bool blank_after = false;  // html: an empty line follows it in the output, then no gap
   // html: the text after the end tag on its line, with the paragraph lines below it, which
   // kramdown parses as blocks of their own.
   std::string tail;
   // html: the elements as written, re-read by the renderer when a block IAL applies to them or
   // an element nested in them has a `markdown` attribute (nested_markdown).
   std::string source;
   bool nested_markdown = false;
};

struct BlockIal {
   int line;            // 1-based line the IAL stood on
   bool standalone;     // preceded by a blank line: applies to the next block
   AttributeList list;
   size_t column = 0;   // its indentation (in a list item: for a block of the item)
};

struct Prepass {
   std::string text;
   std::vector<Region> regions;
   std::vector<InlineToken> inline_tokens;
   Attributes inline_options;  // `{::options key="value" /}` lines, in order
   // `{::options parse_block_html="..." /}`: the value from the region of that index on (kramdown
   // reads the HTML after the extension with it, the HTML before as it was).
   std::vector<std::pair<size_t, bool>> parse_block_html_from;
   Attributes abbreviations;   // `*[ID]: title` lines: ID, title
   std::vector<std::pair<std::string, AttributeList>> alds;  // `{:name: ...}` definitions
   std::vector<BlockIal> ials;
   std::vector<bool> ial_line;  // by 1-based line number
   // By 1-based line number, where the pre-pass moved a continuation line: the spaces kramdown
   // keeps before it (-1: as the renderer reads them). Empty when no line has one.
   std::vector<int> kept_spaces;
   // Lines whose text goes on the line above's in the output, no newline between (by 1-based
   // line number): a span the pre-pass read over lines ends there, its newlines its own.
   std::vector<bool> joined_line;
   std::string link_definitions;  // the `[label]: url` lines cmark reads, one a line
   // Where each definition stood (also one hidden from cmark): 1-based line, indentation.
   std::vector<std::pair<int, size_t>> definition_lines;
   std::string moved_definitions;  // those taken out of the text, which cmark reads after it
};

// `parse_block_html`: HTML block content is markdown (kramdown's option), not raw.
// `entities`: kramdown's entity_output (other than as_char: every entity reference a token).
// `after_block`: the source goes on right after a block on its line (the text after an HTML
// block's end tag or comment), where kramdown starts no table, math block or setext header.
// (A document of plain syntax only takes prepass_plain's fast path.)
Prepass run_prepass(std::string_view source, bool parse_block_html,
                    Options::EntityOutput entities = Options::EntityOutput::as_char, bool after_block = false);

// The line-by-line pass, without the fast path (the tests compare the two).
Prepass full_prepass(std::string_view source, bool parse_block_html,
                     Options::EntityOutput entities = Options::EntityOutput::as_char, bool after_block = false);

}  // namespace jekyllpp::markdown
