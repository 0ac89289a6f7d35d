#include "emphasis_as_cmark.hpp"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm/node.h>  // literals read in place

#include <algorithm>
#include <cstdint>

#include "byte_scan.hpp"

namespace jekyllpp::markdown {
namespace {

std::string_view text_of(Node n) {
   return {reinterpret_cast<const char*>(n->as.literal.data), static_cast<size_t>(n->as.literal.len)};
}
bool is_mark(char c) { return c == '*' || c == '_'; }
bool is_ruby_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_emphasis(cmark_node_type t) { return t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG; }

std::string_view line_at(const std::vector<std::string_view>& lines, int l) {
   return l > 0 && l < static_cast<int>(lines.size()) ? lines[static_cast<size_t>(l)] : std::string_view();
}

// Whether a text has a byte the full pass reads as a delimiter or a span IAL's start.
bool has_own_marks(std::string_view s) { return find_byte_of<false, '*', '_', '~', '{'>(s, 0) != s.size(); }

// Whether `n`'s flat text (a text's bytes, one byte for another node, a newline for a break)
// would start (`first`) or end with whitespace, or is unknown (an empty text).
bool space_at_end(Node n, bool first) {
   cmark_node_type t = type(n);
   if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) return true;
   if (t != CMARK_NODE_TEXT) return false;
   std::string_view s = text_of(n);
   return s.empty() || is_ruby_space(first ? s.front() : s.back());
}

// Whether the content of an emphasis (or of a link in it) is plain: no emphasis, struck text or
// HTML, no text with marks of its own.
bool plain_content(Node parent) {
   for (Node c = cmark_node_first_child(parent); c; c = cmark_node_next(c)) {
      cmark_node_type t = type(c);
      if (is_emphasis(t) || t == CMARK_NODE_STRIKETHROUGH || t == CMARK_NODE_HTML_INLINE) return false;
      if (t == CMARK_NODE_TEXT && has_own_marks(text_of(c))) return false;
      if (t == CMARK_NODE_LINK && !plain_content(c)) return false;
   }
   return true;
}

}  // namespace

bool has_marks(Node container) {
   for (Node c = cmark_node_first_child(container); c; c = cmark_node_next(c)) {
      cmark_node_type t = type(c);
      if (is_emphasis(t) || t == CMARK_NODE_STRIKETHROUGH) return true;
      if (t == CMARK_NODE_TEXT) {
         std::string_view s = text_of(c);
         for (size_t at = find_byte_of<false, '*', '_', '~'>(s, 0); at < s.size();
              at = find_byte_of<false, '*', '_', '~'>(s, at + 1))
            if (s[at] != '~' || (at + 1 < s.size() && s[at + 1] == '~')) return true;
      }
      if (t == CMARK_NODE_LINK && has_marks(c)) return true;
   }
   return false;
}

char cmark_mark(Node n, const std::vector<std::string_view>& lines) {
   std::string_view s = line_at(lines, cmark_node_get_start_line(n));
   size_t at = static_cast<size_t>(std::max(cmark_node_get_start_column(n), 1)) - 1;
   Node first = cmark_node_first_child(n);
   while (first && type(first) != CMARK_NODE_TEXT) first = cmark_node_first_child(first);
   std::string_view text = first ? text_of(first).substr(0, 8) : std::string_view();
   auto opens_text = [&](size_t p) {
      while (p < s.size() && is_mark(s[p])) ++p;
      return s.compare(p, text.size(), text) == 0;
   };
   if (at < s.size() && is_mark(s[at]) && opens_text(at)) return s[at];
   size_t best = std::string_view::npos;
   if (!text.empty())
      for (size_t q = s.find(text, 1); q != std::string_view::npos; q = s.find(text, q + 1))
         if (is_mark(s[q - 1]) && (best == std::string_view::npos || (q > at ? q - at : at - q) < (best > at ? best - at : at - best)))
            best = q;
   if (best != std::string_view::npos) return s[best - 1];
   return at < s.size() && s[at] == '_' ? '_' : '*';
}

MarkPairing classify_pairing(Node container, const std::vector<std::string_view>& lines, unsigned held) {
   bool marks = false, as_cmark = true;
   bool after_emphasis = false;  // the previous child is an emphasis
   for (Node c = cmark_node_first_child(container); c; c = cmark_node_next(c)) {
      cmark_node_type t = type(c);
      bool emphasis = is_emphasis(t);
      if (t == CMARK_NODE_TEXT) {
         std::string_view s = text_of(c);
         for (size_t at = find_byte_of<false, '*', '_', '~', '{'>(s, 0); at < s.size();
              at = find_byte_of<false, '*', '_', '~', '{'>(s, at + 1)) {
            as_cmark = false;
            if (s[at] == '*' || s[at] == '_' || (s[at] == '~' && at + 1 < s.size() && s[at + 1] == '~')) {
               marks = true;
               break;
            }
         }
      } else if (emphasis) {
         marks = true;
         Node first = cmark_node_first_child(c), last = cmark_node_last_child(c);
         unsigned kind = t == CMARK_NODE_EMPH ? 1 : 2;
         as_cmark = as_cmark && !after_emphasis && !(held & kind) && first && !space_at_end(first, true) &&
                    !space_at_end(last, false) && plain_content(c) && cmark_mark(c, lines) == '*';
      } else if (t == CMARK_NODE_STRIKETHROUGH) {
         marks = true;
         as_cmark = false;
      } else if (t == CMARK_NODE_LINK && has_marks(c)) {
         marks = true;
         as_cmark = false;
      } else if (t == CMARK_NODE_HTML_INLINE) {
         as_cmark = false;
      }
      if (marks && !as_cmark) return MarkPairing::other;
      after_emphasis = emphasis;
   }
   if (!marks) return MarkPairing::none;
   for (Node c = cmark_node_first_child(container); c; c = cmark_node_next(c))
      if (is_emphasis(type(c))) cmark_node_set_user_data(c, reinterpret_cast<void*>(static_cast<uintptr_t>('*')));
   return MarkPairing::as_cmark;
}

}  // namespace jekyllpp::markdown
