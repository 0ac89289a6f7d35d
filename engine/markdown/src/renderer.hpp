#pragma once
// The HTML writer over cmark-gfm's tree that follows kramdown's converter: blank lines kept
// from the source, 2-space nesting, GFM header ids, smart quotes, kramdown's list, table,
// footnote and code block markup.
#include <cmark-gfm.h>

#include <string>
#include <string_view>
#include <vector>

#include "cmark_nodes.hpp"
#include "header_ids.hpp"
#include "jekyllpp/markdown/markdown.hpp"
#include "prepass.hpp"
#include "typography.hpp"

namespace jekyllpp::markdown {

// What one conversion shares across nested documents (`markdown="1"` HTML content).
struct Conversion {
   Options options;  // a copy: `{::options /}` lines change it
   QuoteChars quotes;
   HeaderIds ids;
   struct Footnote {
      std::string name;
      std::string html;  // the <li> at indent 4
      int references = 0;
      int number = 0;
      cmark_node* definition = nullptr;  // valid while its document is being converted
      const void* owner = nullptr;       // the renderer of that document, which writes the <li>
   };
   std::vector<Footnote> footnotes{};
   // The footnote definitions of the documents being converted, outermost first: a nested
   // document refers to them too (kramdown's footnotes are document-wide). `footnote_stubs`
   // holds a `[^name]: .` line for each, added to a nested document for cmark to see.
   struct OpenDefinition {
      std::string name;
      cmark_node* definition;
      const void* owner;
   };
   std::vector<OpenDefinition> open_definitions{};
   std::string footnote_stubs{};
   // {:toc}: the headers in toc_levels, and the list the table of contents replaces.
   struct TocEntry {
      int level;
      std::string id;
      std::string html;  // the header's content, links unwrapped, footnotes dropped
   };
   std::vector<TocEntry> toc{};
   // Whether the source has the letters of a `{:toc}` at all: without them no list asks for a
   // table of contents, and headers make no entries.
   bool toc_possible = true;
   // How many documents are being converted, one inside another (HTML content read as markdown
   // converts its own): kramdown parses each level by recursion and overflows Ruby's stack.
   int document_depth = 0;
   bool toc_requested = false;
   bool toc_ordered = false;
   Attributes toc_attributes{};
   // Abbreviations `*[ID]: title` (document-wide), longest first, IDs HTML-escaped.
   std::vector<std::pair<std::string, std::string>> abbreviations{};
   // Attribute list definitions `{:name: ...}`, which IALs name as references.
   std::vector<std::pair<std::string, AttributeList>> alds{};
   // The link definitions read so far: kramdown's are document-wide, so a nested document
   // (a table cell, `markdown="1"` content) resolves references to them too.
   std::string link_definitions{};
};

// The marker left where a {:toc} list stood, replaced once every header is known.
inline constexpr std::string_view toc_marker = "\x04toc\x04";
// The table of contents as kramdown writes it (empty when there are no headers).
std::string render_toc(const Conversion& conversion);

// Converts `source` (a whole document or the content of a `markdown="1"` element) with its
// blocks at `indent`; `in_html` selects kramdown's non-GFM header ids; `after_block`: the
// source goes on right after a block on its line (run_prepass).
void convert_document(Conversion& conversion, std::string_view source, int indent, bool in_html,
                      std::string& out, bool after_block = false);
// Converts `source` as span-level content (a `<p markdown="1">`).
void convert_span(Conversion& conversion, std::string_view source, std::string& out);

}  // namespace jekyllpp::markdown
