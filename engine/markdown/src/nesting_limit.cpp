#include "nesting_limit.hpp"

#include "cmark_nodes.hpp"
#include "jekyllpp/markdown/markdown.hpp"

namespace jekyllpp::markdown {

namespace {

// Stack that one nesting level takes in kramdown's recursion, in units of the stack Jekyll
// has left for the Markdown it converts. Measured on Jekyll 4.3.1 (Ruby 3.1): 1,672 nested
// blockquotes convert and 1,673 overflow; 825 nested list items convert, one more
// overflows; mixed, `> - ` repeated converts 552 times and overflows at 553, as these costs say.
constexpr long blockquote_levels = 1672;
constexpr long list_levels = 825;
constexpr long budget = blockquote_levels * list_levels;

long cost(cmark_node* node) {
   switch (cmark_node_get_type(node)) {
      case CMARK_NODE_BLOCK_QUOTE: return budget / blockquote_levels;
      case CMARK_NODE_ITEM: return budget / list_levels;
      default: return 0;
   }
}

}  // namespace

void check_nesting(cmark_node* document) {
   // An iterative walk: the tree can be deeper than this thread's stack. It does not enter
   // paragraphs, headers and tables, whose inline content holds no block.
   auto enters = [](cmark_node* node) {
      cmark_node_type t = cmark_node_get_type(node);
      return t != CMARK_NODE_PARAGRAPH && t != CMARK_NODE_HEADING && t != CMARK_NODE_TABLE;
   };
   long used = 0;
   cmark_node* node = document;
   for (;;) {
      cmark_node* child = enters(node) ? cmark_node_first_child(node) : nullptr;
      if (child) {
         node = child;
      } else {
         for (;;) {  // leave it and its finished ancestors, to the next sibling
            used -= cost(node);
            if (node == document) return;
            if (cmark_node* next = cmark_node_next(node)) {
               node = next;
               break;
            }
            node = cmark_node_parent(node);
         }
      }
      used += cost(node);
      if (used > budget) throw NestingTooDeep();
   }
}

}  // namespace jekyllpp::markdown
