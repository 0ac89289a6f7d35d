#include "direct_inline.hpp"

#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "code_block.hpp"
#include "html_tags.hpp"
#include "typography.hpp"

namespace jekyllpp::markdown::direct {
namespace {

bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Bytes of plain text: neither markup of the forms read here nor a byte either parser may read
// as other markup (`$ & < \ ^ _ { | } ~`, control bytes).
constexpr std::array<bool, 256> text_bytes = [] {
   std::array<bool, 256> table{};
   for (int c = 0x20; c < 0x100; ++c) table[static_cast<size_t>(c)] = c != 0x7f;
   for (unsigned char c : std::string_view("$&<\\^_{|}~*[]`")) table[c] = false;
   return table;
}();

bool text_byte(unsigned char c) { return text_bytes[c]; }

// The first byte at or after s[i] (before n) that is no text byte, or n; sixteen at a time:
// control bytes, 0x5b..0x60 (`[ \ ] ^ _` and the backtick), 0x7b..0x7f, `$ &`, `*`, `<`.
size_t text_end(std::string_view s, size_t i, size_t n) {
#if defined(__SSE2__)
   for (; i + 16 <= n; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const auto within = [&](char low, char span) {  // low <= v <= low + span, unsigned
         const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8(low)), top = _mm_set1_epi8(span);
         return _mm_cmpeq_epi8(_mm_max_epu8(d, top), top);
      };
      __m128i hits = _mm_or_si128(within(0, 0x1f), _mm_or_si128(within(0x5b, 5), within(0x7b, 4)));
      hits = _mm_or_si128(hits, _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(2)), _mm_set1_epi8(0x26)));
      hits = _mm_or_si128(hits, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('*')), _mm_cmpeq_epi8(v, _mm_set1_epi8('<'))));
      if (const int mask = _mm_movemask_epi8(hits)) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
   }
#endif
   while (i < n && text_byte(static_cast<unsigned char>(s[i]))) ++i;
   return i;
}

bool url_byte(char c) { return alnum(c) || (c && std::strchr(":/._-#?=%+*", c)); }

// What may follow a closing `*`/`**`: it then closes for both parsers and opens for neither.
bool after_closer(char c) { return c == ' ' || (c && std::strchr(".,;:!?)", c)); }

void push_text(std::vector<Inline>& out, size_t begin, size_t end) {
   if (!out.empty() && out.back().kind == Inline::text && out.back().end == begin) out.back().end = static_cast<uint32_t>(end);
   else out.push_back({Inline::text, static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
}

}  // namespace

namespace {

// Where a range is read: plain text's, a link's text, or a link's text inside emphasis.
enum class Where { text, link, link_in_emphasis };

// The `)` of a link `[text](url)` of URL bytes alone at s[i], or 0: inside a link's text or URL
// it is text to both parsers (the pre-pass escapes its brackets for cmark).
size_t inner_link_end(std::string_view s, size_t i, size_t n) {
   // (no `*`: the renderer writes emphasis in it)
   const auto plain = [](char c) { return c != '*' && url_byte(c); };
   size_t close = i + 1;
   while (close < n && plain(s[close])) ++close;
   if (close == i + 1 || close + 1 >= n || s[close] != ']' || s[close + 1] != '(') return 0;
   size_t end = close + 2;
   while (end < n && plain(s[end])) ++end;
   return end > close + 2 && end < n && s[end] == ')' ? end : 0;
}

// The end of a link's URL from s[i] (after `](`): URL bytes, and closed code spans of single
// backticks holding URL bytes and balanced parentheses (`/doc/`f()`/1`); at its `)`, or 0.
size_t url_end(std::string_view s, size_t i, size_t n) {
   const size_t from = i;
   bool code = false;
   size_t parens = 0;
   for (; i < n; ++i) {
      const char c = s[i];
      if (url_byte(c)) continue;
      if (c == '`') {
         if (parens || s[i - 1] == '`' || (i + 1 < n && s[i + 1] == '`')) return 0;
         code = !code;
      } else if (code && c == '(') {
         ++parens;
      } else if (code && c == ')' && parens) {
         --parens;
      } else if (c == '[' && !code && (i = inner_link_end(s, i, n)) != 0) {
         continue;  // (at the inner link's `)`)
      } else {
         break;
      }
   }
   return i > from && !code && i < n && s[i] == ')' ? i : 0;
}

// Reads s[i, n) (at offset `at` in the source) onto `out`: text, code spans, emphasis and
// links (none in a link's text, no emphasis in a link inside emphasis).
struct Block {
   bool lone_pair;         // read_span's
   std::string_view rest;  // the block's text after the span
};

bool read_range(std::string_view s, size_t at, size_t i, size_t n, Where where, const Block& block, std::vector<Inline>& out) {
   const size_t start = i;
   size_t open = 0;  // the length of the open emphasis' mark
   while (i < n) {
      const char c = s[i];
      if (text_byte(static_cast<unsigned char>(c))) {
         const size_t j = text_end(s, i + 1, n);
         push_text(out, at + i, at + j);
         i = j;
         continue;
      }
      if (c == '`' && block.lone_pair && !open && where == Where::text && i + 1 < n && s[i + 1] == '`' &&
          (i + 2 >= n || s[i + 2] != '`')) {  // the block's only run of two or more, closing nothing: text
         push_text(out, at + i, at + i + 2);
         i += 2;
         continue;
      }
      if (c == '`') {  // a code span of single backticks, unpadded, on this line
         if (i + 1 >= n || s[i + 1] == '`') return false;
         size_t close = s.find('`', i + 1);
         if (close >= n || (close + 1 < n && s[close + 1] == '`')) return false;
         if (s[i + 1] == ' ' || s[close - 1] == ' ') return false;
         for (size_t k = i + 1; k < close; ++k) {
            const auto b = static_cast<unsigned char>(s[k]);
            if (b < 0x20 || b == 0x7f || b == '|' || b == '\\') return false;
         }
         out.push_back({Inline::code, static_cast<uint32_t>(at + i + 1), static_cast<uint32_t>(at + close)});
         i = close + 1;
         continue;
      }
      if (c == '*' && where != Where::link_in_emphasis) {
         // `*`, `**` or `***` (kramdown's <strong><em>, as the renderer writes it) after a space,
         // closed before a space or punctuation; `****` around a word is kramdown's `**` holding
         // the other two marks as text.
         size_t run = 1;
         while (i + run < n && s[i + run] == '*') ++run;
         const char next = i + run < n ? s[i + run] : '\0';
         if (!open) {
            if (run > 4 || (i != start && s[i - 1] != ' ') ||
                !(alnum(next) || (run < 4 && (next == '`' || (next == '[' && where == Where::text)))))
               return false;
            if (run == 4) {
               size_t j = i + 4;
               while (j < n && text_byte(static_cast<unsigned char>(s[j]))) ++j;
               // (kramdown's `**` after the word opens unless a space follows it, closing at a later
               // `**`: then no mark may follow)
               if (j + 4 > n || s.substr(j, 4) != "****" || !alnum(s[j - 1]) || (j + 4 < n && !after_closer(s[j + 4])) ||
                   ((j + 4 >= n || s[j + 4] != ' ') &&
                    (s.find('*', j + 4) != std::string_view::npos || block.rest.find('*') != std::string_view::npos)))
                  return false;
               out.push_back({Inline::strong_open});
               push_text(out, at + i + 2, at + j);
               out.push_back({Inline::strong_close});
               push_text(out, at + j + 2, at + j + 4);
               i = j + 4;
               continue;
            }
            if (run >= 2) out.push_back({Inline::strong_open});
            if (run != 2) out.push_back({Inline::em_open});
            open = run;
         } else {
            const char before = s[i - 1];
            if (run != open || !(alnum(before) || before == '`' || (before == ')' && out.back().kind == Inline::link_close)) ||
                (next && !after_closer(next)))
               return false;
            if (run != 2) out.push_back({Inline::em_close});
            if (run >= 2) out.push_back({Inline::strong_close});
            open = 0;
         }
         i += run;
         continue;
      }
      if (c == '[' && where == Where::text) {  // `[text](url)`, no title
         if (i > 0 && s[i - 1] == '!') return false;
         size_t close = i + 1;  // the `]`, past the code spans of the text
         while (close < n && s[close] != ']' && s[close] != '[') {
            if (s[close] == '`') close = s.find('`', close + 1);
            if (close >= n) return false;
            ++close;
         }
         if (close == i + 1 && s[close] == '[') {  // a link's text of one link: text
            const size_t inner = inner_link_end(s, close, n);
            if (!inner || inner + 1 >= n || s[inner + 1] != ']') return false;
            close = inner + 1;
         }
         if (close >= n || s[close] != ']' || close == i + 1 || close + 1 >= n || s[close + 1] != '(' ||
             s[i + 1] == ' ' || s[close - 1] == ' ')
            return false;
         const size_t end = url_end(s, close + 2, n);
         if (!end) return false;
         out.push_back({Inline::link_open, static_cast<uint32_t>(at + close + 2), static_cast<uint32_t>(at + end)});
         if (inner_link_end(s, i + 1, close) == close - 1) push_text(out, at + i + 1, at + close);  // `[[a](b)](c)`
         else if (!read_range(s, at, i + 1, close, open ? Where::link_in_emphasis : Where::link, Block{false, {}}, out)) return false;
         out.push_back({Inline::link_close});
         i = end + 1;
         continue;
      }
      return false;
   }
   return open == 0;
}

}  // namespace

bool read_span(std::string_view source, size_t at, size_t length, SpanKind kind, std::vector<Inline>& out,
               bool lone_pair, std::string_view rest) {
   const std::string_view s = source.substr(at, length);
   if (kind == SpanKind::plain) {
      for (char c : s)
         if (!text_byte(static_cast<unsigned char>(c))) return false;
      if (!s.empty()) push_text(out, at, at + s.size());
      return true;
   }
   return read_range(s, at, 0, s.size(), Where::text, Block{lone_pair, rest}, out);
}

bool lone_backtick_pair(std::string_view text) {
   size_t runs = 0;
   for (size_t i = text.find('`'); i != std::string_view::npos; i = text.find('`', i)) {
      size_t run = text.find_first_not_of('`', i);
      run = (run == std::string_view::npos ? text.size() : run) - i;
      if (run > 2 || (run == 2 && ++runs > 1)) return false;
      i += run;
   }
   return runs == 1;
}

void write_span(const Inline* first, const Inline* last, std::string_view source, const Conversion& c,
                std::string& out, std::string* raw) {
   thread_local std::string run;  // the text not written yet, then its lookahead
   run.clear();
   const auto flush = [&](std::string_view lookahead) {
      if (run.empty()) return;
      const size_t length = run.size();
      run.append(lookahead.substr(0, typographic_lookahead));
      const std::string_view joined = run;
      append_typographic(out, joined.substr(0, length), joined.substr(length), c.quotes, raw);
      run.clear();
   };
   // An element's opening as the renderer's lookahead has it: its marks, then its first byte.
   char opening[4];
   const auto flush_before = [&](std::string_view marks, const Inline* next) {
      if (run.empty()) return;
      while (next->kind != Inline::text && next->kind != Inline::code) ++next;  // (past `***`'s <em>)
      size_t k = marks.copy(opening, 2);
      opening[k++] = source[next->begin];
      flush(std::string_view(opening, k));
   };
   for (const Inline* t = first; t != last; ++t) {
      const std::string_view text = source.substr(t->begin, t->end - t->begin);
      switch (t->kind) {
         case Inline::text: run.append(text); break;
         case Inline::soft_break: run += '\n'; break;
         case Inline::code:
            flush_before("`", t);
            append_code_span(out, text, c.options);
            if (raw) raw->append(text);
            break;
         case Inline::em_open:
         case Inline::strong_open: {
            const bool strong = t->kind == Inline::strong_open;
            flush_before(strong ? "**" : "*", t + 1);
            out += strong ? "<strong>" : "<em>";
            break;
         }
         case Inline::em_close:
         case Inline::strong_close: {
            const bool strong = t->kind == Inline::strong_close;
            flush(strong ? "**" : "*");
            out += strong ? "</strong>" : "</em>";
            break;
         }
         case Inline::link_open:
            flush_before("[", t + 1);
            out += "<a";
            append_attribute(out, "href", text);
            out += '>';
            break;
         case Inline::link_close:
            flush("]");
            out += "</a>";
            break;
      }
   }
   flush("");
}

}  // namespace jekyllpp::markdown::direct
