#include "cmark_nodes.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm/node.h>  // the literal of a text node without a copy

#include <algorithm>
#include <mutex>
#include <utility>

#include "cmark_arena.hpp"

namespace jekyllpp::markdown {

void register_core_extensions() {
   // Conversions may run on several threads; cmark-gfm's own registration is not thread-safe.
   static std::once_flag registered;
   std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
}

void DocumentDeleter::operator()(cmark_node*) const {
   // Every node and buffer of the document is in the arena, whose free does nothing: walking
   // the tree with cmark_node_free would release nothing either.
   cmark_arena_leave();
}

Document parse(std::string_view text) {
   register_core_extensions();
   cmark_arena_enter();
   // Footnotes and the extensions only where the text has what they read: they cost time on
   // every line and inline (the table extension ~17% of a parse of the bench posts) and
   // change nothing elsewhere. A table needs a `|` or a delimiter `:-`/`-:` (a row of dashes
   // alone is a setext underline); strikethrough a `~`, which also splits text nodes.
   const bool footnotes = text.find("[^") != std::string_view::npos;
   const bool table = text.find('|') != std::string_view::npos || text.find(":-") != std::string_view::npos ||
                      text.find("-:") != std::string_view::npos;
   const bool strikethrough = text.find('~') != std::string_view::npos;
   cmark_parser* parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE |
                                                        (footnotes ? CMARK_OPT_FOOTNOTES : 0) |
                                                        CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE,  // kramdown: `~~` only
                                                    cmark_arena_mem());
   for (auto [name, wanted] : {std::pair<const char*, bool>{"table", table}, {"strikethrough", strikethrough}})
      if (cmark_syntax_extension* ext = wanted ? cmark_find_syntax_extension(name) : nullptr)
         cmark_parser_attach_syntax_extension(parser, ext);
   cmark_parser_feed(parser, text.data(), text.size());
   cmark_node* root = cmark_parser_finish(parser);
   cmark_parser_free(parser);
   if (!root) cmark_arena_leave();
   return Document(root);
}

std::string_view literal(Node n) {
   switch (n->type) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE:
         // Straight from the node: cmark_node_get_literal copies a chunk that is not
         // NUL-terminated yet (most are: they point into the parsed text), then strlen measures
         // it. cmark turns NULs in its input into U+FFFD, so the chunk holds none.
         return {reinterpret_cast<const char*>(n->as.literal.data), static_cast<size_t>(n->as.literal.len)};
      default: break;
   }
   const char* s = cmark_node_get_literal(n);
   return s ? std::string_view(s) : std::string_view();
}

int start_line(Node n) { return cmark_node_get_start_line(n); }
int end_line(Node n) {
   if (cmark_node_get_type(n) != CMARK_NODE_HTML_BLOCK) return cmark_node_get_end_line(n);
   const char* s = cmark_node_get_literal(n);
   int lines = 0;
   for (; s && *s; ++s) lines += *s == '\n';
   return cmark_node_get_start_line(n) + std::max(lines, 1) - 1;
}
void plain_text(Node n, std::string& out) {
   for (Node c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
      cmark_node_type t = type(c);
      if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) out += literal(c);
      else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) out += '\n';
      else plain_text(c, out);
   }
}

namespace {

// Appends the first byte of plain_text(n), if any; whether it found one.
bool first_plain_byte(Node n, std::string& out) {
   for (Node c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
      cmark_node_type t = type(c);
      if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) {
         std::string_view l = literal(c);
         if (l.empty()) continue;
         out += l[0];
         return true;
      }
      if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) {
         out += '\n';
         return true;
      }
      if (first_plain_byte(c, out)) return true;
   }
   return false;
}

}  // namespace

void append_opening(Node n, std::string& out) {
   cmark_node_type t = type(n);
   if (t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG) {
      out += t == CMARK_NODE_EMPH ? "*" : "**";
      first_plain_byte(n, out);
   } else if (t == CMARK_NODE_CODE) {
      out += '`';
      out += literal(n).substr(0, 1);
   } else if (t == CMARK_NODE_LINK) {
      out += '[';
      first_plain_byte(n, out);
   } else if (t == CMARK_NODE_IMAGE) {
      out += "![";
   } else if (t == CMARK_NODE_HTML_INLINE) {
      out += literal(n);
   } else if (t == CMARK_NODE_FOOTNOTE_REFERENCE) {
      out += "[^";
   } else if (t == CMARK_NODE_LINEBREAK) {
      out += "  \n";
   } else if (t == CMARK_NODE_SOFTBREAK) {
      out += '\n';
   } else if (t == CMARK_NODE_STRIKETHROUGH) {
      out += "~~";
   }
}

}  // namespace jekyllpp::markdown
