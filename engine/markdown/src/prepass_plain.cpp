#include "prepass_plain.hpp"

#include <algorithm>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "source_lines.hpp"

namespace jekyllpp::markdown {
namespace {

enum class Kind { start, blank, header, para, bullet, ordered, quote, table, fence_end };

bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool url_byte(char c) {
   return alnum(c) || c == ':' || c == '/' || c == '.' || c == '_' || c == '-' || c == '#' || c == '?' ||
          c == '=' || c == '%' || c == '+' || c == '*';
}

// The end of a link's `](url)` tail whose `]` is at `i`, the URL plain (no space, title,
// escape or parenthesis but in a code span) or 0 when there is none. With `code_in_url`, the
// URL may hold code spans of single backticks (closed in it, with balanced parentheses), read
// as such by the pre-pass's backtick steps too: `[`f()`](/doc/`f()`)`; with `links_in_url`,
// such links too (`[a](/doc/[b](/c))`: the pre-pass escapes no link after a link's text).
size_t plain_link_tail(std::string_view s, size_t i, bool code_in_url, bool links_in_url = false) {
   if (i + 1 >= s.size() || s[i + 1] != '(') return 0;
   size_t k = i + 2;
   bool code = false;
   size_t parens = 0;
   for (; k < s.size(); ++k) {
      char c = s[k];
      if (url_byte(c)) continue;
      if (!code_in_url) break;
      if (c == '`' && s[k - 1] != '`' && (k + 1 == s.size() || s[k + 1] != '`') && !parens) {
         code = !code;
      } else if (c == '(' && code) {
         ++parens;
      } else if (c == ')' && code && parens) {
         --parens;
      } else if (c == '[' && links_in_url && !code) {
         size_t close = k + 1;
         bool text_code = false;
         for (; close < s.size() && (url_byte(s[close]) || s[close] == '`'); ++close) text_code ^= s[close] == '`';
         size_t tail = close > k + 1 && !text_code && close < s.size() && s[close] == ']' && s[close - 1] != '`'
                           ? plain_link_tail(s, close, true)
                           : 0;
         if (!tail) break;
         k = tail;
      } else {
         break;
      }
   }
   return k > i + 2 && !code && k < s.size() && s[k] == ')' ? k : 0;
}

// Whether plain_text looks at byte `c`: a control byte, `$ & < > \` [ \\ ] ^ { | } ~`.
bool special(unsigned char c) {
   return c <= 0x1f || (c >= 0x5b && c <= 0x5e) || (c >= 0x7b && c <= 0x7e) || c == '$' || c == '&' || c == '<' ||
          c == '>' || c == '`';
}

// The first special byte of `s` at or after `i`, or s.size(); sixteen bytes at a time, in few
// steps: the control bytes one range test; `[ \\ ] ^` and `{ | } ~` another, as they differ
// only in bit 5 (set, both are 0x7b..0x7e); `$ &` and `< >` one compare each, as they differ
// only in bit 1 (set, 0x26 and 0x3e); then the backtick.
size_t next_special(std::string_view s, size_t i) {
#if defined(__SSE2__)
   const __m128i controls = _mm_set1_epi8(0x1f), three = _mm_set1_epi8(3);
   for (; i + 16 <= s.size(); i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const __m128i brackets = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x7b));
      const __m128i pairs = _mm_or_si128(v, _mm_set1_epi8(0x02));
      __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, controls), controls),
                                  _mm_cmpeq_epi8(_mm_max_epu8(brackets, three), three));
      hits = _mm_or_si128(hits, _mm_or_si128(_mm_cmpeq_epi8(pairs, _mm_set1_epi8(0x26)),
                                             _mm_cmpeq_epi8(pairs, _mm_set1_epi8(0x3e))));
      hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, _mm_set1_epi8('`')));
      if (const int mask = _mm_movemask_epi8(hits)) return i + static_cast<size_t>(__builtin_ctz(mask));
   }
#endif
   for (; i < s.size(); ++i)
      if (special(static_cast<unsigned char>(s[i]))) return i;
   return s.size();
}

// What plain_text takes that the full pass escapes, by address in the source.
struct Escapes {
   std::vector<const char*> runs;   // unclosed runs of two backticks
   std::vector<const char*> bytes;  // where a backslash goes: those runs' backticks, a nested link's brackets
};

// Text the pre-pass's span steps leave as written: none of the bytes that start what they
// rewrite or record (entities, tags, IALs and extensions, escapes, math, `~`, footnotes, a `|`
// but between a table row's cells, tabs and other control bytes); code spans of one or two backticks closed on the
// line by the same run, with no longer run before it (kramdown closes there, cmark does not),
// a single backtick not between spaces, brackets balanced in them; outside them brackets
// unnested and each closed by a link tail `](url)`; no whitespace at the end. With
// `escapes`, a run of two backticks no later run of two or more closes is taken too (the full
// pass escapes it when no other line of the paragraph has such a run), and so is a link in a
// link's text, whose brackets the full pass escapes (cmark would take the inner link).
bool plain_text(std::string_view s, bool table_row, Escapes* escapes = nullptr) {
   if (s.empty() || s.back() == ' ') return false;
   size_t code = 0;  // the backtick run opening the current code span
   size_t depth = 0;  // the brackets open in it
   size_t bracket_at = 0;  // the `[` of the open bracket
   bool bracket = false;
   size_t inner = std::string_view::npos;  // the `[` of a link in a link's text
   for (size_t i = 0;; ++i) {
      i = next_special(s, i);
      if (i == s.size()) return !code && !bracket;
      char c = s[i];
      if (c == '`') {
         size_t run = 1;
         while (i + run < s.size() && s[i + run] == '`') ++run;
         if (!code) {
            if (run > 2 || (run == 1 && (i == 0 || s[i - 1] == ' ') && (i + 1 == s.size() || s[i + 1] == ' ')))
               return false;
            if (run == 2 && escapes && s.find("``", i + 2) == std::string_view::npos) {
               escapes->runs.push_back(s.data() + i);
               escapes->bytes.push_back(s.data() + i);
               escapes->bytes.push_back(s.data() + i + 1);
               ++i;
               continue;
            }
            code = run;
         } else if (run == code && !depth) {
            code = 0;
         } else if (run >= code) {
            return false;
         }
         i += run - 1;
      } else if (c == '|' && table_row && !code) {
      } else if (c == '[' && (code || !bracket)) {
         if (code) {
            ++depth;
         } else {
            bracket = true;
            bracket_at = i;
         }
      } else if (c == '[' && bracket && escapes && inner == std::string_view::npos) {
         // (An image is no link to the full pass's nesting test, inside or around one.)
         if (s[i - 1] == '!' || (bracket_at > 0 && s[bracket_at - 1] == '!')) return false;
         inner = i;
      } else if (c == ']' && !code && inner != std::string_view::npos) {
         size_t tail = plain_link_tail(s, i, true);
         if (!tail) return false;
         escapes->bytes.push_back(s.data() + inner);
         escapes->bytes.push_back(s.data() + i);
         inner = std::string_view::npos;
         i = tail;
      } else if (c == ']' && (code ? depth > 0 : bracket)) {
         // (A `](` in a code span too: the pre-pass's look for link tails sees the whole line.)
         size_t tail = plain_link_tail(s, i, !code, !code);
         if (!tail && (!code || (i + 1 < s.size() && s[i + 1] == '('))) return false;
         if (code) --depth;
         else bracket = false;
         if (tail) i = tail;
      } else {
         return false;
      }
   }
}

// How a paragraph's, item's or quote's text may start: a letter or digit (not a list marker),
// emphasis before one, a link, a code span.
bool plain_start(std::string_view s) {
   if (s.empty()) return false;
   if (s[0] >= '0' && s[0] <= '9') {
      size_t digits = s.find_first_not_of("0123456789");
      return digits == std::string_view::npos || (s[digits] != '.' && s[digits] != ')');
   }
   size_t stars = std::min(s.find_first_not_of('*'), s.size());
   if (stars == s.size()) return false;
   char c = s[stars];
   if (c == '[') return stars + 1 < s.size() && (alnum(s[stars + 1]) || s[stars + 1] == '*' || s[stars + 1] == '`');
   return c == '`' || alnum(c);
}

// The digits of an ordered item's marker `1. ` starting `line`, or 0.
size_t ordered_marker(std::string_view line) {
   size_t n = 0;
   while (n < line.size() && n < 10 && line[n] >= '0' && line[n] <= '9') ++n;
   return n >= 1 && n <= 9 && n + 1 < line.size() && line[n] == '.' && line[n + 1] == ' ' ? n : 0;
}

// A GFM table at lines[first..] that kramdown reads as cmark does: rows of one pipe count
// between pipes, a delimiter row second, no other row of separator bytes (`|:-=+ `) alone.
// Its last line, or 0.
size_t plain_table(const std::vector<std::string_view>& lines, size_t first) {
   size_t last = first;
   while (last + 1 < lines.size() && !lines[last + 1].empty() && lines[last + 1][0] == '|') ++last;
   if (last < first + 2) return 0;
   std::string_view delimiter = lines[first + 1];
   if (delimiter.find_first_not_of("|:- ") != std::string_view::npos || delimiter.find('-') == std::string_view::npos)
      return 0;
   auto pipes = [](std::string_view l) { return std::count(l.begin(), l.end(), '|'); };
   for (size_t k = first; k <= last; ++k) {
      if (k != first + 1 && (!plain_text(lines[k], true) || lines[k].find_first_not_of("|:-=+ ") == std::string_view::npos))
         return 0;
      if (pipes(lines[k]) != pipes(lines[first]) || lines[k].back() != '|') return 0;
   }
   // (No row but the delimiter row is made of separator bytes alone, so none is kramdown's
   // separator or footer line; rows of one pipe count, each between pipes, none in code: none is
   // wider than the header. With a body row and a blank line or the end after it kramdown reads
   // a table: has_section_lines, gfm_rows_wider and is_kramdown_table need not be asked.)
   return gfm_delimiter_row_fits(lines[first], delimiter) ? last : 0;
}

// Puts the backslashes of `escapes` (addresses in `src`, whose lines are `lines`) into `text`.
// An unclosed run of two backticks is escaped by the full pass only when no other line of its
// paragraph has a run of two or more (one that may close it over lines to kramdown, or that a
// span going over lines needs): false when one has.
bool apply_escapes(const std::vector<std::string_view>& lines, Escapes& escapes, std::string_view src, std::string& text) {
   auto line_of = [&](const char* at) {
      auto after = std::upper_bound(lines.begin(), lines.end(), at, [](const char* p, std::string_view l) { return p < l.data(); });
      return static_cast<size_t>(after - lines.begin()) - 1;
   };
   for (const char* at : escapes.runs) {
      size_t i = line_of(at);
      for (size_t k = i; k-- > 0 && !lines[k].empty();)
         if (lines[k].find("``") != std::string_view::npos) return false;
      for (size_t k = i + 1; k < lines.size() && !lines[k].empty(); ++k)
         if (lines[k].find("``") != std::string_view::npos) return false;
   }
   std::sort(escapes.bytes.begin(), escapes.bytes.end());
   std::string escaped;
   escaped.reserve(text.size() + escapes.bytes.size());
   size_t from = 0;
   for (const char* at : escapes.bytes) {
      size_t p = static_cast<size_t>(at - src.data());
      escaped.append(text, from, p - from);
      escaped += '\\';
      from = p;
   }
   escaped.append(text, from);
   text = std::move(escaped);
   return true;
}

}  // namespace

bool plain_prepass(std::string_view src, Prepass& result) {
   if (src.empty()) return false;
   // The thread's, reused: counting the lines first to reserve them cost more than the scan.
   thread_local std::vector<std::string_view> lines;
   lines.clear();
   for (size_t pos = 0; pos < src.size();) {
      size_t nl = std::min(src.find('\n', pos), src.size());
      lines.push_back(src.substr(pos, nl - pos));
      pos = nl + 1;
   }
   result.text.assign(src);
   Kind prev = Kind::start;
   Kind list = Kind::start;  // the kind of the latest list, until a block other than a list
   Escapes escapes;
   for (size_t i = 0; i < lines.size(); ++i) {
      std::string_view line = lines[i];
      const bool after_block = prev == Kind::start || prev == Kind::blank;
      if (line.empty()) {
         prev = Kind::blank;
         continue;
      }
      char mark = 0;
      size_t fence = line[0] == '`' ? fence_length(line, mark) : 0;
      if (fence) {
         // Backticks, an info string of one word, a closing fence, a blank line after it.
         std::string_view info = line.substr(fence);
         if (!after_block || fence != 3 || !std::all_of(info.begin(), info.end(), [](char c) { return alnum(c) || c == '-' || c == '_' || c == '+'; }) ||
             !kramdown_fence(lines, i, line, mark, fence))
            return false;
         size_t k = i + 1;
         for (; k < lines.size(); ++k) {
            size_t indent = indent_of(lines[k]);
            if (indent <= 3 && closes_fence(trim(lines[k].substr(indent)), mark, fence)) break;
         }
         if (k == lines.size() || lines[k] != line.substr(0, fence)) return false;
         i = k;
         prev = Kind::fence_end;
         list = Kind::start;
         continue;
      }
      Kind kind;
      std::string_view text;
      if (line[0] == '#') {
         size_t hashes = line.find_first_not_of('#');
         if (!after_block || hashes > 6 || hashes == std::string_view::npos || line[hashes] != ' ') return false;
         kind = Kind::header;
         text = line.substr(hashes + 1);
         if (text.empty() || text[0] == ' ' || !plain_text(text, false, &escapes)) return false;
      } else if (line[0] == '|') {
         size_t last = after_block ? plain_table(lines, i) : 0;
         if (!last) return false;
         i = last;
         prev = Kind::table;
         list = Kind::start;
         continue;
      } else if (line[0] == '>' || line[0] == '-' || ordered_marker(line)) {
         size_t digits = ordered_marker(line);
         kind = line[0] == '>' ? Kind::quote : line[0] == '-' ? Kind::bullet : Kind::ordered;
         size_t marker = digits ? digits + 2 : 2;
         if (line.size() <= marker || line[marker - 1] != ' ') return false;
         text = line.substr(marker);
         if (!plain_start(text) || !plain_text(text, false, &escapes)) return false;
         if (kind == Kind::quote && !after_block && prev != Kind::quote) return false;
         if (kind != Kind::quote) {
            // After text or an item of its list; a new list after a blank line is of the
            // same kind as one just above.
            if (!after_block && prev != Kind::para && prev != kind) return false;
            if (list != Kind::start && list != kind) return false;
            if (kind == Kind::ordered && !after_block) {
               // kramdown's paragraph ends at any list start, cmark's only at `1.`.
               size_t at = static_cast<size_t>(line.data() - src.data());
               std::fill_n(result.text.begin() + static_cast<long>(at), digits - 1, '0');
               result.text[at + digits - 1] = '1';
            }
         }
      } else {
         kind = Kind::para;
         if ((!after_block && prev != Kind::header && prev != Kind::para) || !plain_start(line) ||
             !plain_text(line, false, &escapes))
            return false;
      }
      if (kind != Kind::bullet && kind != Kind::ordered) list = Kind::start;
      else list = kind;
      prev = kind;
   }
   if (!escapes.bytes.empty() && !apply_escapes(lines, escapes, src, result.text)) return false;
   result.ial_line.assign(lines.size() + 2, false);
   result.joined_line.assign(lines.size() + 2, false);
   return true;
}

}  // namespace jekyllpp::markdown
