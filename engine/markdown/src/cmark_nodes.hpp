#pragma once
// cmark-gfm's tree as the renderer reads it: parsing, node accessors, source lines of a node.
#include <cmark-gfm.h>
#include <cmark-gfm/node.h>  // type() read in place: the writer asks it of every node

#include <memory>
#include <string>
#include <string_view>

extern "C" {
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL,
    CMARK_NODE_STRIKETHROUGH;
}

namespace jekyllpp::markdown {

using Node = cmark_node*;

// A parsed document lives in the thread's cmark arena until it is freed.
struct DocumentDeleter {
   void operator()(cmark_node* n) const;
};
using Document = std::unique_ptr<cmark_node, DocumentDeleter>;

// cmark-gfm's table and strikethrough extensions, registered once.
void register_core_extensions();

// Parses `text` with source positions, raw HTML, footnotes, tables and `~~` strikethrough.
Document parse(std::string_view text);

std::string_view literal(Node n);
int start_line(Node n);
// cmark-gfm ends an HTML block closed by its end condition one line early; count its lines.
int end_line(Node n);
inline cmark_node_type type(Node n) { return n ? static_cast<cmark_node_type>(n->type) : CMARK_NODE_NONE; }

// The plain text of an inline subtree (image alt text).
void plain_text(Node n, std::string& out);

// Appends the source characters kramdown's span parser would see at the start of `n`.
void append_opening(Node n, std::string& out);

}  // namespace jekyllpp::markdown
