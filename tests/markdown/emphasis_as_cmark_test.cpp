// The emphasis shortcut (classify_pairing) against the full kramdown pass: a paragraph it leaves
// as cmark-gfm paired it must be exactly what the full pass makes of it, and the near misses
// below (pairings kramdown reads apart from cmark) must go to the full pass.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <vector>

#include "cmark_nodes.hpp"
#include "emphasis_as_cmark.hpp"
#include "kramdown_emphasis.hpp"
#include "markdown_case_documents.hpp"

using namespace jekyllpp::markdown;

namespace {

std::vector<std::string_view> source_lines(std::string_view text) {
   std::vector<std::string_view> lines{{}};  // 1-based
   for (size_t pos = 0; pos < text.size();) {
      size_t nl = std::min(text.find('\n', pos), text.size());
      lines.push_back(text.substr(pos, nl - pos));
      pos = nl + 1;
   }
   return lines;
}

bool holds_inlines(Node n) {
   cmark_node_type t = type(n);
   return t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING || t == CMARK_NODE_TABLE_CELL;
}

// The inline tree as the renderer reads it: types, literals and emphasis marks.
void describe(Node parent, std::string& out) {
   for (Node c = cmark_node_first_child(parent); c; c = cmark_node_next(c)) {
      cmark_node_type t = type(c);
      out += std::to_string(static_cast<int>(t));
      if (t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG) out += emphasis_mark(c);
      out += '[';
      out += literal(c);
      describe(c, out);
      out += ']';
   }
}

// The blocks of `doc` that hold inline content, in document order.
std::vector<Node> inline_blocks(Node doc) {
   std::vector<Node> blocks;
   cmark_iter* it = cmark_iter_new(doc);
   for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
      if (ev == CMARK_EVENT_ENTER && holds_inlines(cmark_iter_get_node(it))) blocks.push_back(cmark_iter_get_node(it));
   cmark_iter_free(it);
   return blocks;
}

// How many blocks of `doc` the shortcut takes; each must equal the full pass's result.
size_t shortcut_blocks(const std::string& doc) {
   std::vector<std::string_view> lines = source_lines(doc);
   Document shortcut = parse(doc), full = parse(doc);
   std::vector<Node> a = inline_blocks(shortcut.get()), b = inline_blocks(full.get());
   REQUIRE(a.size() == b.size());
   size_t taken = 0;
   for (size_t i = 0; i < a.size(); ++i) {
      if (classify_pairing(a[i], lines, 0) != MarkPairing::as_cmark) continue;
      ++taken;
      apply_kramdown_emphasis(b[i], lines, true);
      std::string left, right;
      describe(a[i], left);
      describe(b[i], right);
      INFO(doc);
      CHECK(left == right);
   }
   return taken;
}

MarkPairing pairing(const std::string& doc) {
   Document d = parse(doc);
   std::vector<Node> blocks = inline_blocks(d.get());
   REQUIRE(blocks.size() == 1);
   return classify_pairing(blocks[0], source_lines(doc), 0);
}

}  // namespace

TEST_CASE("emphasis_as_cmark: plain `*` emphasis keeps cmark's pairing, as the full pass does", "[markdown][emphasis]") {
   CHECK(pairing("Woman `company()` friend **thing**. Hand *slow* [a](https://x.org) **`others()`** end.\n") ==
         MarkPairing::as_cmark);
   CHECK(shortcut_blocks("Woman **thing** and *slow*\nmember *a\nb* [link](u) end.\n") == 1);
   CHECK(pairing("No marks at all, [a link](https://x.org), a ~tilde.\n") == MarkPairing::none);
}

TEST_CASE("emphasis_as_cmark: near misses go to the full pass", "[markdown][emphasis]") {
   for (const char* doc : {
            "*a**b*\n",           // two emphasis side by side: kramdown's em ends at no `**`
            "_a_ b\n",            // an `_` emphasis: kramdown's own letter rules
            "*a* {: .c}\n",       // a span IAL after it
            "*a* b*c\n",          // a mark of its own in a text
            "*a* ~~b~~\n",        // struck text
            "*a *b* c*\n",        // nested emphasis
            "*a <b>c</b>*\n",     // HTML in it
            "*&#32;a*\n",         // a space its text starts with (an entity)
            "*a&#32;*\n",         // and ends with
            "*a* [*b*](u)\n",     // emphasis in a link
        }) {
      INFO(doc);
      CHECK(pairing(doc) == MarkPairing::other);
   }
}

TEST_CASE("emphasis_as_cmark: every markdown case block the shortcut takes gets the full pass's result",
          "[markdown][emphasis]") {
   size_t taken = 0;
   for (const std::string& doc : markdown_case_documents()) taken += shortcut_blocks(doc);
   CHECK(taken > 100);
}
