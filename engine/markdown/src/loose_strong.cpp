#include "loose_strong.hpp"

#include <cmark-gfm/node.h>  // cmark_node_mem: new nodes must share their tree's allocator

#include <algorithm>
#include <string>
#include <vector>

namespace jekyllpp::markdown {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

bool space_before(Node n) {
   Node p = cmark_node_previous(n);
   if (!p || type(p) == CMARK_NODE_SOFTBREAK || type(p) == CMARK_NODE_LINEBREAK) return true;
   std::string_view s = type(p) == CMARK_NODE_TEXT ? literal(p) : std::string_view("x");
   return s.empty() || is_space(s.back());
}

bool space_after(Node n) {
   Node x = cmark_node_next(n);
   if (!x || type(x) == CMARK_NODE_SOFTBREAK || type(x) == CMARK_NODE_LINEBREAK) return true;
   std::string_view s = type(x) == CMARK_NODE_TEXT ? literal(x) : std::string_view("x");
   return s.empty() || is_space(s.front());
}

// The `**` runs cmark left in text node `n` (its flanking rules refuse `**“x”**는`, say) as
// nodes of their own, added to `runs`. Only a node whose source is its literal (no escaped
// `\*`, no entity) on one line.
void split_strong_runs(Node n, std::vector<Node>& runs) {
   if (literal(n).find("**") == std::string_view::npos) return;  // most text: no copy
   std::string text(literal(n));
   if (cmark_node_get_start_line(n) != cmark_node_get_end_line(n) ||
       cmark_node_get_end_column(n) - cmark_node_get_start_column(n) + 1 != static_cast<int>(text.size()))
      return;
   for (size_t at = text.find("**"); at != std::string::npos; at = text.find("**", at + 2))
      if ((at > 0 && text[at - 1] == '*') || (at + 2 < text.size() && text[at + 2] == '*')) return;
   auto insert = [n](const std::string& literal) {
      Node t = cmark_node_new_with_mem(CMARK_NODE_TEXT, cmark_node_mem(n));
      cmark_node_set_literal(t, literal.c_str());
      cmark_node_insert_before(n, t);
      return t;
   };
   size_t from = 0;
   for (size_t at = text.find("**"); at != std::string::npos; at = text.find("**", at + 2)) {
      if (at > from) insert(text.substr(from, at - from));
      runs.push_back(insert("**"));
      from = at + 2;
   }
   if (from < text.size()) cmark_node_set_literal(n, text.substr(from).c_str());
   else cmark_node_free(n);
}

}  // namespace

void pair_loose_strong(Node parent) {
   std::vector<Node> runs;
   for (Node n = cmark_node_first_child(parent); n;) {
      Node next = cmark_node_next(n);
      if (type(n) == CMARK_NODE_TEXT) split_strong_runs(n, runs);
      n = next;
   }
   if (runs.empty()) return;
   auto is_run = [&runs](Node n) { return std::find(runs.begin(), runs.end(), n) != runs.end(); };
   for (Node open = cmark_node_first_child(parent); open; open = cmark_node_next(open)) {
      if (!is_run(open) || space_after(open)) continue;
      Node close = cmark_node_next(cmark_node_next(open));
      while (close && !(is_run(close) && !space_before(close))) close = cmark_node_next(close);
      if (!close) return;
      Node strong = cmark_node_new_with_mem(CMARK_NODE_STRONG, cmark_node_mem(open));
      cmark_node_insert_before(open, strong);
      for (Node n = cmark_node_next(open); n != close;) {
         Node next = cmark_node_next(n);
         cmark_node_append_child(strong, n);
         n = next;
      }
      cmark_node_free(open);
      cmark_node_free(close);
      open = strong;
   }
}

}  // namespace jekyllpp::markdown
