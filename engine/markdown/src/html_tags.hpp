#pragma once
// kramdown's reading and re-serialisation of raw HTML: tags matched with its HTML_TAG_RE,
// attributes rewritten with double quotes, void elements closed with " />", text re-escaped.
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jekyllpp::markdown {

struct HtmlTag {
   std::string name;
   std::vector<std::pair<std::string, std::string>> attributes;
   bool self_closed = false;  // written `<x ... />`
   size_t length = 0;         // bytes of source the tag spans
};

// The start tag at `pos` (which holds '<') as kramdown's HTML_TAG_RE reads it.
bool parse_start_tag(std::string_view s, size_t pos, HtmlTag& tag);
// The end tag `</name\s*>` at `pos`; returns its length (0 when none) and sets `name`.
size_t parse_end_tag(std::string_view s, size_t pos, std::string& name);
// `<!-- ... -->` at `pos`: its length, or 0.
size_t comment_length(std::string_view s, size_t pos);

bool is_span_element(std::string_view name);
bool is_void_element(std::string_view name);
// HTML_BLOCK_ELEMENTS: kept as text when met in span-level text.
bool is_block_element(std::string_view name);
// HTML_CONTENT_MODEL: 'b' block, 's' span, 'r' raw.
char content_model(std::string_view name);
// A block element's content model: `model` (its default), or what its `markdown` attribute asks
// (HTML_MARKDOWN_ATTR_MAP: "0" raw, "1" the element's own, "span", "block"); the attribute is
// removed from `tag`, as kramdown deletes it.
char take_markdown_attribute(HtmlTag& tag, char model);
// HTML_ELEMENT: a name kramdown knows, matched case-insensitively (others keep their case).
bool is_known_element(std::string_view name);

// ` name="value"` for each attribute, values escaped as kramdown's html_attributes does.
void append_attributes(std::string& out, const std::vector<std::pair<std::string, std::string>>& attrs);
// One of them (any name but an `id`, which append_attributes leaves out when blank).
void append_attribute(std::string& out, std::string_view name, std::string_view value);
// A table cell's style for its column's alignment ('l', 'c', 'r'; any other: none), as kramdown writes it.
void append_alignment_style(std::string& out, char alignment);

// Converts the content of an element nested in raw HTML that has a `markdown` attribute:
// model 'b' (blocks, at `indent`) or 's' (span text).
using ConvertContent = std::function<void(char model, std::string_view content, int indent, std::string& out)>;

// Reads the raw-content HTML element whose start tag is `tag` at `pos` up to its matching end
// tag (kramdown's parse_raw_html) and appends it re-serialised (no indent, no newline).
// Returns the position after the element. With `convert`, nested elements with a `markdown`
// attribute have their content converted (kramdown's handle_kramdown_html_tag); `indent` is the
// element's nesting indentation in kramdown's output.
size_t append_raw_element(std::string& out, std::string_view s, size_t pos, const HtmlTag& tag,
                          const ConvertContent* convert = nullptr, int indent = 0);
// Whether the raw element at `pos` ends at or before `limit`; reads no further than that.
bool raw_element_ends_by(std::string_view s, size_t pos, const HtmlTag& tag, size_t limit);

}  // namespace jekyllpp::markdown
