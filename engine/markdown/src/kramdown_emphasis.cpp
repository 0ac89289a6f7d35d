#include "kramdown_emphasis.hpp"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm/node.h>  // cmark_node_mem (new nodes share their tree's allocator), literals in place

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>

#include "byte_scan.hpp"
#include "emphasis_as_cmark.hpp"
#include "html_tags.hpp"
#include "unicode_tables.hpp"

namespace jekyllpp::markdown {
namespace {

// In the text the rules read: an inline node kept whole, and a `*`/`_`/`~` (or an entity's
// byte) that delimits nothing (`\*`, `&#42;`, inside a span IAL).
constexpr char whole_node = '\x05';
constexpr char no_mark = '\x06';

bool is_mark(char c) { return c == '*' || c == '_'; }
// The characters of the delimiters the pass pairs: emphasis marks and strikethrough's `~~`.
bool is_delimiter(char c) { return is_mark(c) || c == '~'; }
// Whether `s` has a `*`, `_` or `~` (one scan: most texts have none).
bool has_delimiter(std::string_view s) { return find_byte_of<false, '*', '_', '~'>(s, 0) != s.size(); }

// A text node's literal, read in place (cmark_node_get_literal copies it to end it with a NUL).
std::string_view text_of(Node n) {
   return {reinterpret_cast<const char*>(n->as.literal.data), static_cast<size_t>(n->as.literal.len)};
}
bool is_ruby_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_ascii_punctuation(char c) {
   return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// Connector punctuation: \p{Word} but neither [[:alpha:]] nor [[:alnum:]].
bool is_connector(uint32_t cp) {
   return cp == '_' || cp == 0x203F || cp == 0x2040 || cp == 0x2054 || cp == 0xFE33 || cp == 0xFE34 ||
          (cp >= 0xFE4D && cp <= 0xFE4F) || cp == 0xFF3F;
}
bool is_alnum(uint32_t cp) { return is_word_char(cp) && !is_connector(cp); }
bool is_alpha(uint32_t cp) { return is_alnum(cp) && !(cp >= '0' && cp <= '9'); }

// The code point ending before s[i]; moves i to its first byte.
uint32_t previous_char(std::string_view s, size_t& i) {
   size_t end = i;
   do --i;
   while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
   size_t at = i;
   return decode_utf8(s.substr(0, end), at);
}

// The end of an entity reference (`&name;`, `&#N;`, `&#xH;`) at line[pos], or 0.
size_t reference_end(std::string_view line, size_t pos) {
   size_t i = pos + 1, start = i;
   while (i < line.size() && i - start < 32 &&
          ((line[i] >= '0' && line[i] <= '9') || (line[i] >= 'a' && line[i] <= 'z') ||
           (line[i] >= 'A' && line[i] <= 'Z') || (line[i] == '#' && i == start)))
      ++i;
   return i > start && i < line.size() && line[i] == ';' ? i + 1 : 0;
}

// Whether cmark made text `lit[i..]` of `line[j..]`: a backslash before punctuation escapes it,
// an entity reference gives one to four bytes. `from[k]` becomes 1 for a byte of an escape, 2
// for one of an entity reference.
bool made_of(std::string_view lit, size_t i, std::string_view line, size_t j, std::vector<char>& from, int& budget) {
   if (--budget < 0) return false;
   while (i < lit.size()) {
      if (j >= line.size()) return false;
      char c = line[j];
      if (c == '\\' && j + 1 < line.size() && is_ascii_punctuation(line[j + 1])) {
         if (lit[i] != line[j + 1]) return false;
         from[i++] = 1;
         j += 2;
         continue;
      }
      if (c == '&') {
         if (size_t end = reference_end(line, j)) {
            for (size_t k = 1; k <= 4 && i + k <= lit.size(); ++k) {
               if (made_of(lit, i + k, line, end, from, budget)) {
                  std::fill(from.begin() + static_cast<long>(i), from.begin() + static_cast<long>(i + k), 2);
                  return true;
               }
            }
         }
      }
      if (lit[i] != c) return false;
      from[i++] = 0;
      ++j;
   }
   return true;
}

struct Span {
   size_t open, close;  // where the opening and the closing marks start
   uint8_t length;      // 1: em, 2: strong
   char mark;
};

// A container's inline content as one text: its text nodes' bytes, one byte for each other
// node, the marks of cmark's emphasis in their places.
struct Flat {
   std::string s;  // what the rules read
   std::vector<std::pair<size_t, char>> hidden;   // the byte under each no_mark
   std::vector<std::pair<size_t, Node>> nodes;    // the nodes kept whole, by position
   std::vector<Span> cmark;                       // cmark's own emphasis
   std::vector<size_t> marks;                     // where s has a `*`, `_` or `~`, in order
   std::vector<size_t> backslash_breaks;          // where s has a line break written `\` (no space to kramdown)
};

// An inline link read as its source by Flattener's expanding mode: its text between
// `text_start` (the `[`) and `text_end` (the `]` of its tail).
struct LinkExtent {
   Node link;
   size_t text_start, text_end;
   std::string_view tail;  // `](url...)` as written
};

class Flattener {
public:
   // With `links`, inline links are read as their source (`[`, text, tail) and listed there; with
   // `dissolved` (the `[` and tail text nodes of links made text), those are listed in `links`.
   Flattener(const std::vector<std::string_view>& lines, Flat& f, std::vector<LinkExtent>* links = nullptr,
             const std::vector<std::pair<Node, Node>>* dissolved = nullptr)
       : lines_(lines), f_(f), links_(links), dissolved_(dissolved) {}

   // Reads the children of `parent` into the flat text (emphasis nodes as their marks, which
   // the renderer gets from emphasis_mark; struck text between `~~`).
   void read(Node parent) {
      if (!first_line_) first_line_ = cmark_node_get_start_line(parent);
      for (Node c = cmark_node_first_child(parent); c; c = cmark_node_next(c)) {
         cmark_node_type t = type(c);
         if (t == CMARK_NODE_TEXT) {
            if (dissolved_) note_dissolved(c);
            text(c);
         } else if (t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG) {
            uint8_t length = t == CMARK_NODE_EMPH ? 1 : 2;
            char mark = cmark_mark(c, lines_);
            cmark_node_set_user_data(c, reinterpret_cast<void*>(static_cast<uintptr_t>(mark)));
            size_t open = f_.s.size();
            append_marks(mark, length);
            read(c);
            f_.cmark.push_back({open, f_.s.size(), length, mark});
            append_marks(mark, length);
         } else if (t == CMARK_NODE_STRIKETHROUGH) {
            size_t open = f_.s.size();
            append_marks('~', 2);
            read(c);
            f_.cmark.push_back({open, f_.s.size(), 2, '~'});
            append_marks('~', 2);
         } else if (std::string_view tail; links_ && !dissolved_ && t == CMARK_NODE_LINK && !(tail = link_tail(c)).empty()) {
            size_t start = f_.s.size();
            f_.s += '[';
            read(c);
            links_->push_back({c, start, f_.s.size(), tail});
            size_t at = f_.s.size();
            f_.s += tail;
            for (size_t i = 0; i < tail.size(); ++i)
               if (is_delimiter(tail[i])) f_.marks.push_back(at + i);
         } else {
            // A line break written with a backslash: the line of the text before it ends with one.
            // That line: the last text node's, or the lines counted from the container's first
            // when more (a delimiter run cmark left as text has no line; after a backslash break
            // cmark gives its text the line above).
            int line_above = std::max(last_text_line_, first_line_ + breaks_);
            std::string_view above = t == CMARK_NODE_LINEBREAK ? line(line_above) : std::string_view();
            if (!above.empty() && above.back() == '\\') f_.backslash_breaks.push_back(f_.s.size());
            f_.nodes.emplace_back(f_.s.size(), c);
            bool line_end = t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK;
            breaks_ += line_end;
            f_.s += line_end ? '\n' : whole_node;
         }
      }
   }

   // The `](url...)` of inline link `n` on its last line, when it holds its URL as cmark read it
   // (no escape, entity reference or pre-pass token in it); else empty.
   std::string_view link_tail(Node n) const {
      const char* url = cmark_node_get_url(n);
      std::string_view s = line(cmark_node_get_end_line(n));
      int column = cmark_node_get_end_column(n);
      if (!url || column <= 0 || static_cast<size_t>(column) > s.size() || s[static_cast<size_t>(column) - 1] != ')')
         return {};
      size_t end = static_cast<size_t>(column);
      for (size_t p = s.rfind("](", end - 1); p != std::string_view::npos; p = p ? s.rfind("](", p - 1) : p) {
         if (s.compare(p + 2, std::strlen(url), url) == 0) {
            std::string_view tail = s.substr(p, end - p);
            return tail.find_first_of("\\&\x02\x03") == std::string_view::npos ? tail : std::string_view();
         }
         if (p == 0) break;
      }
      return {};
   }

private:
   std::string_view line(int l) const {
      return l > 0 && l < static_cast<int>(lines_.size()) ? lines_[static_cast<size_t>(l)] : std::string_view();
   }

   // Whether text `lit` of node `n` ends in a letter (or a `-`) that a `_` may follow: a text
   // starting with one, or emphasis, comes next.
   static bool before_underscore(Node n, std::string_view lit) {
      unsigned char last = static_cast<unsigned char>(lit.back());
      if (!(last >= 0x80 || last == '-' || std::isalpha(last))) return false;
      Node next = cmark_node_next(n);
      if (!next) return false;
      cmark_node_type t = type(next);
      return t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG || (t == CMARK_NODE_TEXT && text_of(next).substr(0, 1) == "_");
   }

   // Whether `lit`, the text of `n`, is on line `src` as it is (looked for at cmark's column first).
   static bool written_on(std::string_view src, std::string_view lit, Node n) {
      size_t column = static_cast<size_t>(std::max(cmark_node_get_start_column(n), 1)) - 1;
      return src.compare(std::min(column, src.size()), lit.size(), lit) == 0 || src.find(lit) != std::string_view::npos;
   }

   void append_marks(char mark, size_t length) {
      for (size_t k = 0; k < length; ++k) f_.marks.push_back(f_.s.size() + k);
      f_.s.append(length, mark);
   }

   void text(Node n) {
      last_text_line_ = cmark_node_get_start_line(n);
      std::string_view lit = text_of(n);
      size_t at = f_.s.size();
      f_.s += lit;
      bool marks = has_delimiter(lit);
      for (size_t i = 0; marks && i < lit.size(); ++i)
         if (is_delimiter(lit[i])) f_.marks.push_back(at + i);
      int start = cmark_node_get_start_line(n);
      std::string_view src = line(start);
      // Without marks, only the bytes of entity references before a `_` matter: the `e` of
      // `writ&#x65;_` is no letter before it (kramdown reads the reference's `;`).
      if (!marks && !(before_underscore(n, lit) && src.find('&') != std::string_view::npos)) return;
      // (After a backslash line break cmark's line is the one above: then the next one.)
      if (marks && find_byte_of<false, '\\', '&'>(src, 0) == src.size() && written_on(src, lit, n))
         return;  // every mark is one
      // Where the text starts on its line: cmark's column, a little after it (the marks left of
      // a closing run), or (on a lazy line, whose columns are off) anywhere.
      std::vector<char> from(lit.size(), 0);
      size_t hint = static_cast<size_t>(std::max(cmark_node_get_start_column(n), 1)) - 1;
      int budget = 2000;
      bool found = false;
      for (size_t j = hint; !found && j < hint + 3 && j < src.size(); ++j) found = made_of(lit, 0, src, j, from, budget);
      for (size_t j = 0; !found && j < src.size() && budget > 0; ++j) found = made_of(lit, 0, src, j, from, budget);
      src = line(start + 1);
      for (size_t j = 0; !found && j < src.size() && budget > 0; ++j) found = made_of(lit, 0, src, j, from, budget);
      // (After several such breaks in a row cmark's line lags by one for each: the line counted
      // from the container's first.)
      if (int counted = first_line_ + breaks_; !found && counted > start + 1) {
         src = line(counted);
         for (size_t j = 0; !found && j < src.size() && budget > 0; ++j) found = made_of(lit, 0, src, j, from, budget);
      }
      if (!found) return;
      for (size_t i = 0; i < lit.size(); ++i)
         if (from[i] == 2 || (from[i] == 1 && is_delimiter(lit[i]))) {
            f_.hidden.emplace_back(at + i, lit[i]);
            f_.s[at + i] = no_mark;
         }
   }

   const std::vector<std::string_view>& lines_;
   Flat& f_;
   std::vector<LinkExtent>* links_;
   const std::vector<std::pair<Node, Node>>* dissolved_;
   int last_text_line_ = 0;  // the line of the last text node read
   int first_line_ = 0;      // the line the content read starts on
   int breaks_ = 0;          // the line breaks read

   void note_dissolved(Node n) {
      for (const auto& [open, tail] : *dissolved_) {
         if (n == open) links_->push_back({nullptr, f_.s.size(), 0, {}});
         if (n == tail) {
            links_->back().text_end = f_.s.size();
            links_->back().tail = text_of(n);
         }
      }
   }
};

// A span HTML element among the nodes kept whole: where its start tag and its end tag are.
// `raw`: kramdown reads its content as text.
struct ElementExtent {
   size_t open, close;
   bool raw;
};

// The span HTML elements of the flat text, paired as kramdown's span HTML parser nests them:
// an end tag closes the innermost open element of its name only.
std::string lower_ascii(std::string s) {
   for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
   return s;
}

std::vector<ElementExtent> element_extents(const Flat& f) {
   std::vector<ElementExtent> extents;
   std::vector<std::pair<std::string, size_t>> open;
   HtmlTag tag;
   std::string name;
   for (const auto& [at, node] : f.nodes) {
      if (type(node) != CMARK_NODE_HTML_INLINE) continue;
      std::string_view html = text_of(node);
      if (parse_end_tag(html, 0, name) == html.size()) {
         if (!open.empty() && open.back().first == (is_known_element(open.back().first) ? lower_ascii(name) : name)) {
            const std::string& opened = open.back().first;
            extents.push_back({open.back().second, at, content_model(opened) == 'r' && is_known_element(opened)});
            open.pop_back();
         }
      } else if (parse_start_tag(html, 0, tag) && tag.length == html.size() && !tag.self_closed &&
                 !is_void_element(tag.name) && !is_block_element(tag.name)) {
         open.emplace_back(tag.name, at);
      }
   }
   std::sort(extents.begin(), extents.end(), [](const ElementExtent& a, const ElementExtent& b) { return a.open < b.open; });
   return extents;
}

// The emphasis kinds a position is inside: `tree` the innermost element (em, strong or
// another), `stack` the kinds around it.
enum Kind : uint8_t { other = 0, em = 1, strong = 2 };
struct Context {
   uint8_t tree = other;
   uint8_t stack = 0;
   bool holds(uint8_t kind) const { return tree == kind || (stack & kind); }
   Context enter(uint8_t kind) const { return {kind, static_cast<uint8_t>(stack | tree)}; }
};

// kramdown's parse_spans and parse_emphasis over the flat text.
class Parser {
public:
   // `marks`: the positions of the `*`, `_` and `~` in s (and of some that are none now).
   // `spans` receives the emphasis found.
   // `links`: inline links read as source (by position), which kramdown's link parser takes
   // whole unless an emphasis in its text closes beyond its `]`.
   // `elements`: the span HTML elements, whose content kramdown parses on its own (no emphasis
   // outside pairs with a mark inside).
   Parser(const std::string& s, const std::vector<size_t>& marks, std::vector<Span>& spans,
          const std::vector<LinkExtent>* links = nullptr, const std::vector<ElementExtent>* elements = nullptr,
          const std::vector<size_t>* backslash_breaks = nullptr)
       : spans(spans), s_(s), n_(s.size()), marks_(marks), links_(links), elements_(elements),
         backslash_breaks_(backslash_breaks) {}

   std::vector<Span>& spans;
   bool gave_up() const { return budget_ < 0; }
   // The links whose `[` turned out text, on the path the spans were found on.
   const std::vector<const LinkExtent*>& failed_links() const { return failed_; }

   // Reads from `pos` until a closing run of `length` marks (none with 0), which it stops on, or
   // until `stop` (a link text's `]`; an emphasis inside may go past it).
   bool parse_spans(size_t& pos, Context context, char mark = 0, size_t length = 0,
                    size_t stop = std::string::npos) {
      size_t start = pos;
      for (;;) {
         if (--budget_ < 0) return false;
         auto next = std::lower_bound(marks_.begin(), marks_.end(), pos);
         while (next != marks_.end() && *next < n_ && !is_delimiter(s_[*next])) ++next;
         size_t at = next == marks_.end() ? n_ : std::min(*next, n_);
         const LinkExtent* link = next_link(pos);
         if (link && link->text_start < at) at = link->text_start;
         else link = nullptr;
         const ElementExtent* element = next_element(pos);
         if (element && element->open < at) at = element->open, link = nullptr;
         else element = nullptr;
         if (at >= n_ || at >= stop) {
            pos = std::max(pos, std::min(stop, n_));
            return false;
         }
         pos = at;
         if (link) {
            link_at(pos, context, *link);
            continue;
         }
         if (element) {
            element_at(pos, context, *element);
            continue;
         }
         if (length && closes(pos, start, mark, length)) return true;
         if (s_[pos] != '~') emphasis(pos, context);
         else if (!strikethrough(pos)) ++pos;
      }
   }

private:
   // The first link whose `[` is at or after `pos`.
   const LinkExtent* next_link(size_t pos) const {
      if (!links_) return nullptr;
      auto it = std::lower_bound(links_->begin(), links_->end(), pos,
                                 [](const LinkExtent& l, size_t p) { return l.text_start < p; });
      return it == links_->end() ? nullptr : &*it;
   }

   // The first element whose start tag is at or after `pos`.
   const ElementExtent* next_element(size_t pos) const {
      if (!elements_) return nullptr;
      auto it = std::lower_bound(elements_->begin(), elements_->end(), pos,
                                 [](const ElementExtent& e, size_t p) { return e.open < p; });
      return it == elements_->end() ? nullptr : &*it;
   }

   // kramdown's span HTML parser at `pos`: the content parsed up to the end tag, in the emphasis
   // around it. An emphasis opened inside that closes beyond the end tag (kramdown then takes the
   // end tag as text) is left to the marks alone: the start tag is passed over.
   void element_at(size_t& pos, Context context, const ElementExtent& element) {
      if (element.raw) {
         pos = element.close + 1;
         return;
      }
      size_t kept = spans.size(), kept_failed = failed_.size();
      size_t inner = element.open + 1;
      parse_spans(inner, context.enter(other), 0, 0, element.close);
      if (inner <= element.close && !gave_up()) {
         pos = element.close + 1;
         return;
      }
      spans.resize(kept);
      failed_.resize(kept_failed);
      pos = element.open + 1;
   }

   // kramdown's link parser at `pos`: the text parsed up to its `]`; the link is taken whole
   // (tail too) unless an emphasis went past the `]`, when the `[` is text.
   void link_at(size_t& pos, Context context, const LinkExtent& link) {
      size_t kept = spans.size(), kept_failed = failed_.size();
      size_t inner = link.text_start + 1;
      parse_spans(inner, context.enter(other), 0, 0, link.text_end);
      if (inner <= link.text_end && !gave_up()) {
         pos = link.text_end + link.tail.size();
         return;
      }
      spans.resize(kept);
      failed_.resize(kept_failed);
      failed_.push_back(&link);
      pos = link.text_start + 1;
   }

   bool closes(size_t pos, size_t start, char mark, size_t length) const {
      for (size_t k = 0; k < length; ++k)
         if (pos + k >= n_ || s_[pos + k] != mark) return false;
      if (pos == start || is_ruby_space(s_[pos - 1])) return false;
      // An em does not end at a run of exactly two marks.
      if (length == 1 && pos + 1 < n_ && s_[pos + 1] == mark && (pos + 2 >= n_ || s_[pos + 2] != mark)) return false;
      // A `_` run does not end before a letter or digit.
      if (mark == '_' && pos + length < n_) {
         size_t at = pos + length;
         if (is_alnum(decode_utf8(s_, at))) return false;
      }
      return true;
   }

   // kramdown-parser-gfm's strikethrough: `~~(?!\s|~).*?[^\s~]~~`, its text parsed afresh.
   bool strikethrough(size_t& pos) {
      if (pos + 3 >= n_ || s_[pos + 1] != '~' || is_ruby_space(s_[pos + 2]) || s_[pos + 2] == '~') return false;
      size_t close = pos + 3;
      while (close + 1 < n_ && !(s_[close] == '~' && s_[close + 1] == '~' && !is_ruby_space(s_[close - 1]) &&
                                 s_[close - 1] != '~'))
         ++close;
      if (close + 1 >= n_) return false;
      size_t end = n_, inner = pos + 2;
      n_ = close;
      parse_spans(inner, Context{});
      n_ = end;
      spans.push_back({pos, close, 2, '~'});
      pos = close + 2;
      return true;
   }

   // A `_` run does not open after a letter, or after a letter and a hyphen.
   bool after_letter(size_t pos) const {
      if (pos == 0) return false;
      size_t i = pos;
      uint32_t cp = previous_char(s_, i);
      if (cp == '-' && i > 0) cp = previous_char(s_, i);
      return is_alpha(cp);
   }

   void emphasis(size_t& pos, Context context) {
      size_t open = pos;
      char mark = s_[pos];
      uint8_t length = pos + 1 < n_ && s_[pos + 1] == mark ? 2 : 1;
      uint8_t kind = length == 2 ? strong : em;
      pos = open + length;
      bool space_after = pos < n_ && is_ruby_space(s_[pos]) &&
                         !(backslash_breaks_ && std::binary_search(backslash_breaks_->begin(), backslash_breaks_->end(), pos));
      if ((mark == '_' && after_letter(open)) || space_after || context.holds(kind)) return;
      size_t kept = spans.size(), kept_failed = failed_.size();
      if (parse_spans(pos, context.enter(kind), mark, length)) {
         spans.push_back({open, pos, length, mark});
         pos += length;
         return;
      }
      spans.resize(kept);
      failed_.resize(kept_failed);
      // A `**` that closes nowhere may open an em whose text starts with its second mark.
      if (kind == strong && context.tree != em && !gave_up()) {
         pos = open + 1;
         if (parse_spans(pos, context.enter(em), mark, 1)) {
            spans.push_back({open, pos, 1, mark});
            pos += 1;
            return;
         }
         spans.resize(kept);
         failed_.resize(kept_failed);
      }
      pos = open + length;
   }

   const std::string& s_;
   size_t n_;
   const std::vector<size_t>& marks_;
   const std::vector<LinkExtent>* links_;
   const std::vector<ElementExtent>* elements_;
   const std::vector<size_t>* backslash_breaks_;  // line breaks kramdown reads as the `\` before them
   std::vector<const LinkExtent*> failed_;
   long budget_ = 1000000;
};

void apply(Node container, const std::vector<std::string_view>& lines, Context context, bool full);

// Pairs the emphasis in the links (and struck text) of the children of `parent`, each with the
// emphasis it is inside.
void apply_inside(Node parent, const std::vector<std::string_view>& lines, Context context, bool full) {
   for (Node c = cmark_node_first_child(parent); c; c = cmark_node_next(c)) {
      cmark_node_type t = type(c);
      if (t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG) apply_inside(c, lines, context.enter(t == CMARK_NODE_EMPH ? em : strong), full);
      else if (t == CMARK_NODE_LINK) apply(c, lines, context.enter(other), full);
      else if (t == CMARK_NODE_STRIKETHROUGH) apply_inside(c, lines, Context{}, full);  // kramdown parses its text afresh
   }
}

// Takes the children of `parent` out: text, emphasis and strikethrough nodes are freed, the others unlinked
// (they are in the flat content).
void clear(Node parent) {
   for (Node c = cmark_node_first_child(parent); c;) {
      Node next = cmark_node_next(c);
      cmark_node_type t = type(c);
      bool span = t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG || t == CMARK_NODE_STRIKETHROUGH;
      if (span) clear(c);
      if (span || t == CMARK_NODE_TEXT) cmark_node_free(c);
      else cmark_node_unlink(c);
      c = next;
   }
}

// Puts the flat content back under `container` with `spans` as its emphasis.
void rebuild(Node container, Flat& f, const std::vector<Span>& spans) {
   clear(container);
   for (const auto& [at, byte] : f.hidden) f.s[at] = byte;
   struct Open {
      Node node;
      size_t close;
      uint8_t length;
   };
   std::vector<Open> open;
   cmark_mem* mem = cmark_node_mem(container);
   size_t next = 0, next_node = 0;  // the next span to open, the next node kept whole
   size_t n = f.s.size();
   std::string run;
   for (size_t i = 0; i < n;) {
      if (!open.empty() && open.back().close == i) {
         i += open.back().length;
         open.pop_back();
         continue;
      }
      Node into = open.empty() ? container : open.back().node;
      if (next < spans.size() && spans[next].open == i) {
         const Span& span = spans[next++];
         Node e;
         if (span.mark == '~') {
            e = cmark_node_new_with_mem(CMARK_NODE_STRIKETHROUGH, mem);
            cmark_node_set_syntax_extension(e, cmark_find_syntax_extension("strikethrough"));
         } else {
            e = cmark_node_new_with_mem(span.length == 2 ? CMARK_NODE_STRONG : CMARK_NODE_EMPH, mem);
            cmark_node_set_user_data(e, reinterpret_cast<void*>(static_cast<uintptr_t>(span.mark)));
         }
         cmark_node_append_child(into, e);
         open.push_back({e, span.close, span.length});
         i += span.length;
         continue;
      }
      if (next_node < f.nodes.size() && f.nodes[next_node].first == i) {
         cmark_node_append_child(into, f.nodes[next_node++].second);
         ++i;
         continue;
      }
      size_t end = i + 1;
      while (end < n && !(next_node < f.nodes.size() && f.nodes[next_node].first == end) &&
             !(next < spans.size() && spans[next].open == end) && !(!open.empty() && open.back().close == end))
         ++end;
      run.assign(f.s, i, end - i);
      Node t = cmark_node_new_with_mem(CMARK_NODE_TEXT, mem);
      cmark_node_set_literal(t, run.c_str());
      cmark_node_append_child(into, t);
      i = end;
   }
}

// Whether a link among the children of `parent` (or in their emphasis) has marks in its text.
bool has_link_with_marks(Node parent) {
   for (Node c = cmark_node_first_child(parent); c; c = cmark_node_next(c)) {
      cmark_node_type t = type(c);
      if (t == CMARK_NODE_LINK && has_marks(c)) return true;
      if ((t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG || t == CMARK_NODE_STRIKETHROUGH) && has_link_with_marks(c))
         return true;
   }
   return false;
}

Node new_text(Node beside, std::string_view text, int line = 0, int column = 0) {
   Node t = cmark_node_new_with_mem(CMARK_NODE_TEXT, cmark_node_mem(beside));
   cmark_node_set_literal(t, std::string(text).c_str());
   t->start_line = t->end_line = line;
   t->start_column = column;
   return t;
}

// A span IAL `{: ...}` is read whole: its marks delimit nothing.
void hide_span_ial_marks(Flat& f) {
   for (size_t at = f.s.find("{:"); at != std::string::npos; at = f.s.find("{:", at + 2)) {
      size_t close = f.s.find('}', at);
      if (close == std::string::npos) break;
      for (size_t i = at; i < close; ++i)
         if (is_mark(f.s[i])) {
            f.hidden.emplace_back(i, f.s[i]);
            f.s[i] = no_mark;
         }
   }
}

// kramdown parses a link's text with the rest of the paragraph after it: an emphasis opened in
// the text that closes beyond its `]` leaves no `]` for the link, whose `[` is then text
// (`[a *b](c*)`). Such inline links of `container` are replaced by text nodes `[` and their
// tail around their children; `dissolved` gets those two nodes of each.
void dissolve_links_emphasis_crosses(Node container, const std::vector<std::string_view>& lines, Context context,
                                     std::vector<std::pair<Node, Node>>& dissolved) {
   if (!has_link_with_marks(container)) return;
   Flat f;
   std::vector<LinkExtent> links;
   std::vector<Span> spans;
   Flattener(lines, f, &links).read(container);
   if (links.empty()) return;
   hide_span_ial_marks(f);
   std::vector<ElementExtent> elements = element_extents(f);
   Parser parser(f.s, f.marks, spans, &links, elements.empty() ? nullptr : &elements, &f.backslash_breaks);
   size_t pos = 0;
   parser.parse_spans(pos, context);
   if (parser.gave_up()) return;
   for (const LinkExtent* link : parser.failed_links()) {
      Node n = link->link;
      int line = cmark_node_get_end_line(n);
      int column = cmark_node_get_end_column(n) - static_cast<int>(link->tail.size()) + 1;
      Node open = new_text(n, "[", cmark_node_get_start_line(n), cmark_node_get_start_column(n));
      cmark_node_insert_before(n, open);
      while (Node child = cmark_node_first_child(n)) {
         cmark_node_unlink(child);
         cmark_node_insert_before(n, child);
      }
      Node tail = new_text(n, link->tail, line, column);
      cmark_node_insert_before(n, tail);
      cmark_node_free(n);
      dissolved.emplace_back(open, tail);
   }
}

void apply(Node container, const std::vector<std::string_view>& lines, Context context, bool full) {
   if (full ? !has_marks(container) : classify_pairing(container, lines, context.tree | context.stack) != MarkPairing::other)
      return;
   std::vector<std::pair<Node, Node>> dissolved;
   dissolve_links_emphasis_crosses(container, lines, context, dissolved);
   // The buffers are the thread's, reused: `f` is done with before the links are gone into.
   thread_local Flat f;
   thread_local std::vector<Span> spans;
   f.s.clear();
   f.hidden.clear();
   f.nodes.clear();
   f.cmark.clear();
   f.marks.clear();
   f.backslash_breaks.clear();
   spans.clear();
   // The links made text are still tried as links where the rules come to them (an emphasis
   // around one may take it whole).
   std::vector<LinkExtent> links;
   Flattener(lines, f, dissolved.empty() ? nullptr : &links, dissolved.empty() ? nullptr : &dissolved)
       .read(container);
   hide_span_ial_marks(f);
   std::vector<ElementExtent> elements = element_extents(f);
   Parser parser(f.s, f.marks, spans, links.empty() ? nullptr : &links, elements.empty() ? nullptr : &elements,
                 &f.backslash_breaks);
   size_t pos = 0;
   parser.parse_spans(pos, context);
   if (!parser.gave_up()) {
      auto by_open = [](const Span& a, const Span& b) { return a.open < b.open; };
      std::sort(parser.spans.begin(), parser.spans.end(), by_open);
      std::sort(f.cmark.begin(), f.cmark.end(), by_open);
      auto same = [](const Span& a, const Span& b) {
         return a.open == b.open && a.close == b.close && a.length == b.length;
      };
      if (!std::equal(parser.spans.begin(), parser.spans.end(), f.cmark.begin(), f.cmark.end(), same))
         rebuild(container, f, parser.spans);
   }
   apply_inside(container, lines, context, full);
}

}  // namespace

void apply_kramdown_emphasis(Node block, const std::vector<std::string_view>& lines, bool full) {
   apply(block, lines, Context{}, full);
}

char emphasis_mark(Node emphasis) {
   auto mark = static_cast<char>(reinterpret_cast<uintptr_t>(cmark_node_get_user_data(emphasis)));
   return mark == '_' ? '_' : '*';
}

}  // namespace jekyllpp::markdown
