#include "nesting_limit.hpp"

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
   // An iterative walk: the tree can be deeper than this thread's stack.
   long used = 0;
   cmark_iter* iter = cmark_iter_new(document);
   for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter);
      if (event == CMARK_EVENT_ENTER) used += cost(node);
      else if (event == CMARK_EVENT_EXIT) used -= cost(node);
      if (used > budget) {
         cmark_iter_free(iter);
         throw NestingTooDeep();
      }
   }
   cmark_iter_free(iter);
}

}  // namespace jekyllpp::markdown
