#include "inline_tokens.hpp"

#include <algorithm>
#include <cctype>

#include "byte_scan.hpp"
#include "entity_output.hpp"
#include "escape.hpp"
#include "html_tags.hpp"
#include "unicode_tables.hpp"

namespace jekyllpp::markdown {
namespace {

std::string token_for(size_t index) { return "\x02" + std::to_string(index) + "\x03"; }

bool is_ascii_punctuation(char c) {
   return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// ESCAPED_CHARS_GFM of kramdown-parser-gfm.
bool is_kramdown_escapable(char c) {
   return std::string_view("\\.*_+`<>()[]{}#!:|\"'$=-~").find(c) != std::string_view::npos;
}

// A span element whose content kramdown keeps as written (content model raw: `<code>`, `<kbd>`,
// an unknown element...), unless a `markdown` attribute says otherwise.
bool is_raw_span_element(const HtmlTag& tag) {
   if (tag.self_closed || is_void_element(tag.name) || is_block_element(tag.name) || content_model(tag.name) != 'r')
      return false;
   return std::none_of(tag.attributes.begin(), tag.attributes.end(),
                       [](const auto& a) { return a.first == "markdown"; });
}

// The end of kramdown's entity reference (`&name;`, `&#N;`, `&#xH;`) at `pos`, or 0.
size_t entity_end(std::string_view line, size_t pos) {
   size_t i = pos + 1;
   bool hex = false;
   if (i < line.size() && line[i] == '#') {
      ++i;
      if (i < line.size() && line[i] == 'x') {
         hex = true;
         ++i;
      }
   }
   size_t start = i;
   auto word = [&](char c) {
      bool digit = c >= '0' && c <= '9';
      if (line[pos + 1] == '#') return digit || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
      return digit || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
   };
   while (i < line.size() && word(line[i])) ++i;
   return i > start && i < line.size() && line[i] == ';' ? i + 1 : 0;
}

// Whether `<` at `pos` opens a link's URL `](<...>)`.
bool link_url_start(std::string_view line, size_t pos) {
   return pos >= 2 && line[pos - 1] == '(' && line[pos - 2] == ']';
}

// kramdown's autolink at `pos`: `<` + mailto/http(s)/ftp(s) + `:` + anything up to the first `>`
// on the line (spaces and `<` too), or an address of letters, digits, `-_.` around one `@`.
// Returns the end (after `>`), or 0.
size_t kramdown_autolink_end(std::string_view line, size_t pos) {
   std::string_view rest = line.substr(pos + 1);
   for (std::string_view scheme : {"mailto:", "http:", "https:", "ftp:", "ftps:"}) {
      if (rest.substr(0, scheme.size()) != scheme) continue;
      size_t close = line.find('>', pos + 2 + scheme.size());
      return close == std::string_view::npos ? 0 : close + 1;
   }
   auto address_char = [](std::string_view s, size_t& i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) {
         bool ok = std::isalnum(c) || c == '-' || c == '_' || c == '.';
         i += ok;
         return ok;
      }
      size_t at = i;
      uint32_t cp = decode_utf8(s, at);
      if (!is_word_char(cp) || cp == '_') return false;  // [[:alnum:]]
      i = at;
      return true;
   };
   size_t i = 0, at = std::string_view::npos;
   while (i < rest.size() && rest[i] != '>') {
      if (rest[i] == '@' && at == std::string_view::npos && i > 0) {
         at = i++;
         continue;
      }
      if (!address_char(rest, i)) return 0;
   }
   if (at == std::string_view::npos || i >= rest.size() || i == at + 1) return 0;
   return pos + 1 + i + 1;
}

// Whether cmark reads an e-mail autolink at `pos` (its local part takes `+`, `!`, `%`...).
bool cmark_email_autolink(std::string_view line, size_t pos) {
   size_t i = pos + 1;
   while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) ||
                              std::string_view(".!#$%&'*+/=?^_`{|}~-").find(line[i]) != std::string_view::npos))
      ++i;
   if (i == pos + 1 || i >= line.size() || line[i] != '@') return false;
   size_t label = ++i;
   while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '-' || line[i] == '.'))
      ++i;
   return i > label && i < line.size() && line[i] == '>';
}

// Whether cmark reads a URI autolink `<scheme:...>` at `pos` that kramdown does not: kramdown
// links only the mailto, http(s) and ftp(s) schemes (case-sensitive).
bool foreign_uri_autolink(std::string_view line, size_t pos) {
   size_t i = pos + 1;
   auto is_alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
   if (i >= line.size() || !is_alpha(line[i])) return false;
   size_t scheme = i;
   while (i < line.size() && (is_alpha(line[i]) || (line[i] >= '0' && line[i] <= '9') || line[i] == '+' ||
                              line[i] == '.' || line[i] == '-'))
      ++i;
   if (i - scheme < 2 || i - scheme > 32 || i >= line.size() || line[i] != ':') return false;
   std::string_view name = line.substr(scheme, i - scheme);
   for (++i; i < line.size() && line[i] != '>'; ++i)
      if (line[i] == '<' || static_cast<unsigned char>(line[i]) <= ' ') return false;
   if (i >= line.size()) return false;
   return !(name == "mailto" || name == "http" || name == "https" || name == "ftp" || name == "ftps");
}

// The character an entity reference at `pos` stands for when kramdown would treat it unlike
// cmark's decoded text (a quote, `-`, `.`, `<`, `>`), and its length; 0 otherwise.
char special_entity(std::string_view s, size_t pos, size_t& length) {
   size_t semi = s.find(';', pos);
   if (semi == std::string_view::npos || semi - pos > 10) return 0;
   std::string_view name = s.substr(pos + 1, semi - pos - 1);
   length = semi + 1 - pos;
   if (name == "quot") return '"';
   if (name == "apos") return '\'';
   if (name == "lt") return '<';
   if (name == "gt") return '>';
   if (name.size() < 2 || name[0] != '#') return 0;
   bool hex = name[1] == 'x' || name[1] == 'X';
   long value = 0;
   size_t digits = 0;
   for (size_t i = hex ? 2 : 1; i < name.size(); ++i, ++digits) {
      char c = name[i];
      int d = c >= '0' && c <= '9' ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (d < 0 || value > 1000) return 0;
      value = value * (hex ? 16 : 10) + d;
   }
   if (digits == 0) return 0;
   switch (value) {
      case 34: return '"';
      case 39: return '\'';
      case 45: return '-';
      case 46: return '.';
      case 60: return '<';
      case 62: return '>';
      default: return 0;
   }
}

// `&#X` hex digits `;`: a reference for cmark, text for kramdown.
bool uppercase_hex_reference(std::string_view s, size_t pos) {
   if (s.compare(pos, 3, "&#X") != 0) return false;
   size_t i = pos + 3;
   while (i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i]))) ++i;
   return i > pos + 3 && i < s.size() && s[i] == ';';
}

// Whether kramdown's as_char output of `entity` differs from cmark's decoded character: `<`,
// `>`, `&` by number are kept as written, and Windows-1252 numbers (`&#150;`) stand for their
// characters (`–`).
bool unlike_cmark(const KramdownEntity& entity) {
   uint32_t cp = entity.code_point;
   if (cp == '<' || cp == '>' || cp == '&') return entity.number != 0;
   return entity.number != 0 && entity.number != cp;
}

// The text of the raw span elements `open` (innermost last) from `pos` on, appended to `html`
// as kramdown writes it: text escaped (entity references kept), comments as written, nested
// elements (raw too) re-serialised and pushed on `open`, an end tag closing the innermost element
// only, stray end tags and block-level tags as text; the text to `text`. `end` becomes the
// position after the end tag that closes the last of them, or npos when the line ends with some
// still open (its text all taken). False for a nested tag with a `markdown` attribute when
// `strict` (that reading is not done here).
bool append_raw_span_text(std::string_view line, size_t pos, std::vector<std::string>& open, std::string& html,
                          std::string& text, size_t& end, bool strict = true) {
   size_t from = pos;
   auto take_text = [&](size_t to) {
      append_escaped_text(html, line.substr(from, to - from));
      text.append(line.substr(from, to - from));
   };
   for (size_t lt = line.find('<', pos); lt != std::string_view::npos; lt = line.find('<', lt)) {
      std::string end_name;
      if (size_t n = parse_end_tag(line, lt, end_name)) {
         // kramdown matches a known element's end tag case-insensitively, any other's exactly.
         const std::string& name = open.back();
         std::string lname = end_name;
         for (char& c : lname)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
         if (end_name == name || (lname == name && is_known_element(name))) {
            take_text(lt);
            html += "</" + name + ">";
            open.pop_back();
            from = lt += n;
            if (open.empty()) {
               end = lt;
               return true;
            }
            continue;
         }
         lt += n;
         continue;
      }
      if (size_t n = comment_length(line, lt)) {
         take_text(lt);
         html.append(line.substr(lt, n));
         from = lt += n;
         continue;
      }
      HtmlTag inner;
      if (!parse_start_tag(line, lt, inner) || is_block_element(inner.name)) {
         ++lt;
         continue;
      }
      if (strict)
         for (const auto& a : inner.attributes)
            if (a.first == "markdown") return false;
      take_text(lt);
      html += '<' + inner.name;
      append_attributes(html, inner.attributes);
      lt += inner.length;
      if (is_void_element(inner.name)) {
         html += " />";
      } else if (inner.self_closed) {
         html += "></" + inner.name + ">";
      } else {
         html += '>';
         open.push_back(inner.name);
      }
      from = lt;
   }
   take_text(line.size());
   end = std::string_view::npos;
   return true;
}

// Closes the raw span elements left open at the paragraph's end (kramdown strips its trailing
// whitespace first).
void close_raw_span_elements(std::vector<std::string>& open, InlineToken& token) {
   while (!token.text.empty() && (token.text.back() == ' ' || token.text.back() == '\t')) token.text.pop_back();
   while (!token.html.empty() && (token.html.back() == ' ' || token.html.back() == '\t')) token.html.pop_back();
   for (auto name = open.rbegin(); name != open.rend(); ++name) token.html += "</" + *name + ">";
   open.clear();
}

// Whether a backtick run from `from` on has no closing run after it on the line.
bool unclosed_backticks(std::string_view line, size_t from) {
   for (size_t i = line.find('`', from); i != std::string_view::npos;) {
      size_t run = 0;
      while (i + run < line.size() && line[i + run] == '`') ++run;
      size_t close = closing_backticks(line, i, run);
      if (close == std::string::npos) return true;
      i = line.find('`', close + run);
   }
   return false;
}

// A raw span element from `pos` to its end tag on this line, re-serialised as kramdown writes
// it; false when it is none or does not end on this line. With `paragraph_ends`, an element
// without its end tag takes the rest of the line, which kramdown closes it (and the elements
// opened in it) at, when that holds no code span a narrower reading could take.
// With `open_names` (the paragraph goes on past this line), such an element takes the rest of
// the line unclosed and `open_names` gets the elements left open: the lines after it are their
// text up to their end tags.
bool raw_span_element(std::string_view line, size_t pos, InlineToken& token, size_t& end,
                      bool paragraph_ends = false, std::vector<std::string>* open_names = nullptr) {
   HtmlTag tag;
   if (!parse_start_tag(line, pos, tag) || !is_raw_span_element(tag)) return false;
   token.html = "<" + tag.name;
   append_attributes(token.html, tag.attributes);
   token.html += '>';
   size_t body = pos + tag.length;
   std::vector<std::string> open{tag.name};
   if (!append_raw_span_text(line, body, open, token.html, token.text, end)) return false;
   if (end == std::string_view::npos) {
      // (A backtick run left unclosed after it may close a code span opened before the tag.)
      if (!(paragraph_ends || open_names) || line.find_first_of("\x01\x02", body) != std::string_view::npos ||
          unclosed_backticks(line, body))
         return false;
      end = line.size();
      if (open_names) *open_names = std::move(open);
      else close_raw_span_elements(open, token);
   }
   token.source.assign(line.substr(pos, end - pos));
   return true;
}

// An inline link's URL and title as kramdown reads them: the URL up to the `)` that balances
// its `(`, or up to the whitespace before a title's quote, with spaces and backslashes kept; the
// title from that quote to the same quote followed by `)` (spaces between), as written (quotes
// inside it too). cmark takes no spaces unless the URL is in `<...>` and reads backslash escapes
// and entity references in both.
struct LinkTail {
   size_t url_from = 0, url_to = 0;                                  // the URL, stripped
   size_t title_from = std::string_view::npos, title_to = 0;         // the title, without quotes
   bool unclosed = false;  // the line ends before the `)` (escaped parentheses count too)
   size_t depth = 0;       // then: the parentheses open at the line's end
   size_t resume = 0;      // where the text after the URL (or title) goes on
   bool angle = false;     // the URL was written `(<url>)`
};

// kramdown's title from the quote at line[q] to the same quote followed by `)` (spaces between).
bool title_at(std::string_view line, size_t q, LinkTail& tail) {
   char quote = line[q];
   for (size_t end = line.find(quote, q + 2); end != std::string_view::npos; end = line.find(quote, end + 1)) {
      size_t after = line.find_first_not_of(" \t", end + 1);
      if (after != std::string_view::npos && line[after] == ')') {
         tail.title_from = q + 1;
         tail.title_to = end;
         tail.resume = end + 1;
         return true;
      }
   }
   return false;
}

// For `](` at `pos` (closing a `[` on the line, or on a line above when `bracket_above`): the URL
// and title, else false. A URL `(<url>)` ends at the first `>`, which a `)` or a title must
// follow; without a `>` on the line the `<` is the URL's.
bool inline_link_tail(std::string_view line, size_t pos, bool bracket_above, LinkTail& tail) {
   if (line.compare(pos, 2, "](") != 0) return false;
   size_t open = pos, nested = 0;  // the `[` this `]` closes
   while (open-- > 0 && !(line[open] == '[' && nested == 0))
      if (line[open] == ']') ++nested;
      else if (line[open] == '[') --nested;
   if (open == std::string_view::npos && !(bracket_above && nested == 0)) return false;
   // (`[a][label](words)`: the brackets are a reference's label, the parentheses text)
   if (open != std::string_view::npos && open > 0 && line[open - 1] == ']') return false;
   // (`[^name](words)`: kramdown opens no link at `[^`, a footnote marker's start)
   if (open != std::string_view::npos && open + 1 < line.size() && line[open + 1] == '^') return false;
   if (size_t gt; pos + 2 < line.size() && line[pos + 2] == '<' &&
                  (gt = line.find('>', pos + 3)) != std::string_view::npos) {
      tail.url_from = pos + 3;
      tail.url_to = gt;
      tail.angle = true;
      if (gt + 1 < line.size() && line[gt + 1] == ')') {
         tail.resume = gt + 1;
         return true;
      }
      size_t q = line.find_first_not_of(" \t", gt + 1);
      return q != std::string_view::npos && (line[q] == '"' || line[q] == '\'') && title_at(line, q, tail);
   }
   size_t i = pos + 2, depth = 1;
   bool title = false;
   for (; i < line.size(); ++i) {
      char c = line[i];
      if (c == '(') {
         ++depth;
      } else if (c == ')' && --depth == 0) {
         break;
      } else if ((c == ' ' || c == '\t') && i + 1 < line.size() && (line[i + 1] == '"' || line[i + 1] == '\'')) {
         title = true;
         break;
      }
   }
   if (i >= line.size()) {
      tail.unclosed = true;
      tail.depth = depth;
      return false;
   }
   tail.url_from = line.find_first_not_of(" \t", pos + 2);
   tail.url_to = line.find_last_not_of(" \t", i - 1) + 1;
   tail.resume = tail.url_to;
   if (tail.url_from >= tail.url_to) return false;
   // A quote after the URL that starts no title closing on this line: no link kramdown reads
   // here (cmark's reading is kept).
   return !title || title_at(line, i + 1, tail);
}

// kramdown's link parser reads a URL left open at a line's end (`depth` parentheses open) on
// into the paragraph's next line: where that line closes it. `tail` gets the URL's end there
// (trailing spaces dropped), the title when a quote after a space starts one, and `resume`,
// the `)` (or the title's quote) the line goes on from; false when the line does not close it.
bool continued_link_tail(std::string_view next, size_t depth, LinkTail& tail) {
   for (size_t i = 0; i < next.size(); ++i) {
      char c = next[i];
      if (c == '(') {
         ++depth;
      } else if (c == ')' && --depth == 0) {
         tail.url_to = i;
         tail.resume = i;
         break;
      } else if ((c == '"' || c == '\'') && (i == 0 || next[i - 1] == ' ' || next[i - 1] == '\t')) {
         // (the line ending before it is whitespace to LINK_PAREN_STOP_RE too)
         if (!title_at(next, i, tail)) return false;
         tail.url_to = i;
         tail.resume = i;
         break;
      }
      if (i + 1 == next.size()) return false;
   }
   if (next.empty()) return false;
   while (tail.url_to > 0 && (next[tail.url_to - 1] == ' ' || next[tail.url_to - 1] == '\t')) --tail.url_to;
   return true;
}

// Whether kramdown reads the inline link tail at `pos` unlike cmark: a URL with spaces or
// backslashes, a title, or (`tail.unclosed`) escaped parentheses leaving the URL open.
bool link_tail_unlike_cmark(std::string_view line, size_t pos, bool bracket_above, LinkTail& tail) {
   if (!inline_link_tail(line, pos, bracket_above, tail))
      return tail.unclosed && find_byte_of<false, '\\'>(line, pos) < line.size();
   return tail.title_from != std::string_view::npos || tail.angle || line[tail.url_from] == '<' ||
          find_byte_of<false, ' ', '\t', '\\'>(line.substr(0, tail.url_to), tail.url_from) < tail.url_to;
}

// Whether a quote stands right before `from` or at `to` in `line`, in text (not inside a span
// IAL `{:...}` or `{::...}` opened before `from` on the line, which has quoted values).
bool next_to_quote(std::string_view line, size_t from, size_t to) {
   bool quote = (from > 0 && (line[from - 1] == '"' || line[from - 1] == '\'')) ||
                (to < line.size() && (line[to] == '"' || line[to] == '\''));
   if (!quote) return false;
   size_t ial = line.rfind("{:", from);
   return ial == std::string_view::npos || line.find('}', ial) < from;
}

InlineToken source_token(std::string_view source) {
   InlineToken token;
   token.source = source;
   token.text = token.source;
   return token;
}

}  // namespace

// Whether cmark reads `name` as an HTML tag name: a letter, then letters, digits and `-`.
bool cmark_tag_name(std::string_view name) {
   if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) return false;
   return std::all_of(name.begin(), name.end(),
                      [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
}

// A start or end tag at line[i] whose name kramdown accepts but cmark does not (`_`, `.`, a
// prefix: `<code_from_unknown_source>`, `<stdio.h>`): written to `out` with the name
// hidden_tag_prefix + the index of a token holding it. Returns the tag's length, or 0.
size_t hide_tag_name(std::string_view line, size_t i, std::vector<InlineToken>& tokens, std::string& out) {
   bool end = i + 1 < line.size() && line[i + 1] == '/';
   size_t from = i + (end ? 2 : 1), to = from;
   while (to < line.size() && (std::isalnum(static_cast<unsigned char>(line[to])) || line[to] == '-' ||
                               line[to] == '_' || line[to] == '.' || line[to] == ':' ||
                               static_cast<unsigned char>(line[to]) >= 0x80))
      ++to;
   std::string_view name = line.substr(from, to - from);
   if (name.empty() || cmark_tag_name(name)) return 0;
   HtmlTag tag;
   std::string end_name;
   size_t length = end ? parse_end_tag(line, i, end_name) : parse_start_tag(line, i, tag) ? tag.length : 0;
   if (!length) return 0;
   InlineToken token;
   token.source = std::string(name);
   out += end ? "</" : "<";
   out += hidden_tag_prefix;
   out += std::to_string(tokens.size());
   out.append(line.substr(to, i + length - to));
   tokens.push_back(std::move(token));
   return length;
}

void tokenize_inline(std::string& line, std::vector<InlineToken>& tokens, bool bracket_above, bool paragraph_ends,
                     Options::EntityOutput entities, std::string* next_line, size_t next_strip,
                     std::vector<std::string>* raw_open, bool table_row) {
   std::string out;
   size_t i = 0;
   if (raw_open && !raw_open->empty()) {
      // The text of the raw span elements opened on a line above, up to the end tag closing the
      // outermost (to the paragraph's end without one), kept as written.
      i = std::min(line.find_first_not_of(" \t"), line.size());
      out.assign(line, 0, i);
      InlineToken token;
      size_t stop = 0;
      append_raw_span_text(line, i, *raw_open, token.html, token.text, stop, false);
      if (stop == std::string::npos) stop = line.size();
      // (without the pre-pass's markers for cmark)
      for (std::string* s : {&token.text, &token.html}) s->erase(std::remove(s->begin(), s->end(), '\x01'), s->end());
      token.source.assign(line, i, stop - i);
      if (!raw_open->empty() && !next_line) close_raw_span_elements(*raw_open, token);
      out += token_for(tokens.size());
      tokens.push_back(std::move(token));
      i = stop;
   } else if (find_byte_of<false, '&', '<', '{', ']', '\\'>(line, 0) == line.size()) {
      // (string::find_first_of calls memchr on its set for every character of the line)
      return;
   }
   out.reserve(line.size());
   size_t alt_depth = 0;   // brackets open since an image's `![`
   size_t dest_depth = 0;  // parentheses open since a link's `](`
   while (i < line.size()) {
      char c = line[i];
      if (c == '[' && (alt_depth || (i > 0 && line[i - 1] == '!'))) ++alt_depth;
      else if (c == ']' && alt_depth) --alt_depth;
      if (c == ']' && i + 1 < line.size() && line[i + 1] == '(') dest_depth = 0;  // its `(` counts
      else if (c == '(' && (dest_depth || (i > 0 && line[i - 1] == ']'))) ++dest_depth;
      else if (c == ')' && dest_depth) --dest_depth;
      if (c == '&' && (alt_depth || dest_depth)) {
         // kramdown's alt text and link URLs are the source: entity references stay as written.
         if (size_t end = entity_end(line, i)) {
            InlineToken token;
            token.source = line.substr(i, end - i);
            token.text = token.html = token.source;
            out += token_for(tokens.size());
            tokens.push_back(std::move(token));
            i = end;
            continue;
         }
      }
      if (c == '\\' && i + 1 < line.size() &&
          (std::string_view("\"'-.<>").find(line[i + 1]) != std::string_view::npos ||
           (is_kramdown_escapable(line[i + 1]) && next_to_quote(line, i, i + 2)))) {
         // An escaped quote, `-`, `.`, `<` or `>` is plain text to kramdown, kept out of smart
         // quotes and typographic symbols (`\-\-` is no dash, `\>\>` no guillemet). Any escape next to a quote too: kramdown's
         // smart quote rules read the source there (`\("` opens a run, `"\|` closes).
         InlineToken token;
         token.source = line.substr(i, 2);
         token.text.assign(1, line[i + 1]);
         append_escaped_text(token.html, token.text);
         out += token_for(tokens.size());
         tokens.push_back(std::move(token));
         i += 2;
      } else if (c == '\\' && i + 1 < line.size()) {
         // kramdown's GFM parser escapes fewer characters than cmark: before any other
         // punctuation mark the backslash is text, doubled for cmark.
         if (is_ascii_punctuation(line[i + 1]) && !is_kramdown_escapable(line[i + 1])) out += '\\';
         out.append(line, i, 2);
         i += 2;
      } else if (c == '`') {
         // A code span, or an opening run without its closing one on this line: left alone.
         size_t run = 0;
         while (i + run < line.size() && line[i + run] == '`') ++run;
         size_t close = closing_backticks(line, i, run);
         size_t stop = close == std::string::npos ? line.size() : close + run;
         out.append(line, i, stop - i);
         i = stop;
      } else if (c == '<' && i + 1 < line.size() && line[i + 1] == '<') {
         // kramdown's typographic `<<` comes before any autolink or tag: cmark must not see one.
         out += "\\<\\<";
         i += 2;
      } else if (c == '<' && line.compare(i, 4, "<!--") == 0 && line.find_first_not_of(" \t>") < i &&
                 line.find("-->", i + 4) != std::string::npos) {
         // kramdown's comment ends at the first `-->` (cmark's takes no `--` inside, nor a `>`
         // right after `<!--`): kept as written. (One starting the line is left to cmark's
         // HTML block rules.)
         size_t end = line.find("-->", i + 4) + 3;
         InlineToken token;
         token.source = token.html = line.substr(i, end - i);
         out += token_for(tokens.size());
         tokens.push_back(std::move(token));
         i = end;
      } else if (size_t end = c == '<' && !link_url_start(line, i) ? kramdown_autolink_end(line, i) : 0) {
         // kramdown's autolink takes spaces, `<` and letters beyond ASCII, cmark's does not:
         // written here, its text without typography.
         InlineToken token;
         token.source = line.substr(i, end - i);
         std::string_view href = std::string_view(token.source).substr(1, token.source.size() - 2);
         bool address = href.find(':') == std::string_view::npos;
         token.text = href.substr(href.compare(0, 7, "mailto:") == 0 ? 7 : 0);
         token.html = "<a href=\"";
         if (address) token.html += "mailto:";
         append_escaped_attribute(token.html, href);
         token.html += "\">";
         append_escaped_text(token.html, token.text);
         token.html += "</a>";
         if (line.compare(end, 2, "{:") == 0 && line.compare(end, 3, "{::") != 0) {
            // A span IAL right after it sets the link's attributes: cmark is given an inline
            // link (text and URL tokens), which takes span IALs as any link does.
            InlineToken text = source_token(token.text), url = source_token(address ? "mailto:" + std::string(href) : std::string(href));
            append_escaped_text(text.html, token.text);
            out += "[" + token_for(tokens.size()) + "](<" + token_for(tokens.size() + 1) + ">)";
            tokens.push_back(std::move(text));
            tokens.push_back(std::move(url));
            i = end;
            continue;
         }
         out += token_for(tokens.size());
         tokens.push_back(std::move(token));
         i = end;
      } else if (c == '<' && cmark_email_autolink(line, i)) {
         out += "\\<";  // an address kramdown does not link: text
         ++i;
      } else if (c == '<') {
         InlineToken token;
         size_t end = 0;
         // An element left open takes the rest of the text (a link's closing bracket too) when
         // this line ends the paragraph; not a link's `(<url>)`.
         bool url = link_url_start(line, i);
         bool rest = !url && !(table_row && line.find('|') != std::string::npos);
         if (raw_span_element(line, i, token, end, paragraph_ends && rest, rest && next_line ? raw_open : nullptr)) {
            out += token_for(tokens.size());
            tokens.push_back(std::move(token));
            i = end;
            continue;
         }
         HtmlTag tag;
         if (foreign_uri_autolink(line, i) && !parse_start_tag(line, i, tag)) {
            out += "\\<";  // text to kramdown
            ++i;
            continue;
         }
         if (size_t length = hide_tag_name(line, i, tokens, out)) {
            i += length;
            continue;
         }
         // Any other tag or autolink is copied whole: its entities belong to it.
         size_t close = line.find('>', i);
         char next = i + 1 < line.size() ? line[i + 1] : 0;
         bool tag_like = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' || next == '!';
         size_t stop = tag_like && close != std::string::npos ? close + 1 : i + 1;
         out.append(line, i, stop - i);
         i = stop;
      } else if (LinkTail tail; c == ']' && (link_tail_unlike_cmark(line, i, bracket_above, tail) ||
                                              (tail.unclosed && next_line))) {
         LinkTail rest;
         if (tail.unclosed && next_line && continued_link_tail(*next_line, tail.depth, rest)) {
            // The URL goes on to the next line: cmark gets `](<token>` here and the next line from
            // the `)` (or the title) on, a destination and its `)` a line ending apart.
            std::string_view head = std::string_view(line).substr(i + 2);
            std::string_view more = std::string_view(*next_line).substr(0, rest.url_to);
            size_t kept = std::min(more.find_first_not_of(" \t"), std::min(more.size(), next_strip));
            std::string url = std::string(head) + '\n' + std::string(more.substr(kept));
            size_t from = url.find_first_not_of(" \t\n"), to = url.find_last_not_of(" \t\n");
            out += "](<" + token_for(tokens.size()) + ">";
            tokens.push_back(source_token(from > to ? std::string_view() : std::string_view(url).substr(from, to + 1 - from)));
            std::string after = next_line->substr(rest.resume);
            if (rest.title_from != std::string_view::npos) {
               after = " \"" + token_for(tokens.size()) + "\"" + next_line->substr(rest.title_to + 1);
               tokens.push_back(source_token(std::string_view(*next_line).substr(rest.title_from, rest.title_to - rest.title_from)));
            }
            *next_line = std::move(after);
            i = line.size();
            continue;
         }
         if (tail.unclosed && find_byte_of<false, '\\'>(line, i) == line.size()) {
            out += c;
            ++i;
            continue;
         }
         if (tail.unclosed) {
            // kramdown counts escaped parentheses too: where they leave the URL open to the
            // line's end, cmark's link (which skips them) is none to kramdown (or one over
            // several lines, which cmark has none of either).
            out += "]\\(";
            i += 2;
            continue;
         }
         // The URL becomes `<token>`, which cmark takes whole, and the title `"token"`; the link
         // gets their source back.
         out += "](<" + token_for(tokens.size()) + ">";
         tokens.push_back(source_token(line.substr(tail.url_from, tail.url_to - tail.url_from)));
         if (tail.title_from != std::string_view::npos) {
            out += " \"" + token_for(tokens.size()) + "\"";
            tokens.push_back(source_token(line.substr(tail.title_from, tail.title_to - tail.title_from)));
         }
         i = tail.resume;
      } else if (c == '{' && line.compare(i, 3, "{::") == 0) {
         // `{::comment}...{:/}` and `{::nomarkdown}...{:/}` (or `{:/name}`) within the line.
         bool comment = line.compare(i, 11, "{::comment}") == 0;
         bool nomarkdown = line.compare(i, 14, "{::nomarkdown}") == 0;
         size_t body = i + (comment ? 11 : 14);
         size_t close = comment || nomarkdown ? line.find("{:/", body) : std::string::npos;
         size_t close_end = close == std::string::npos ? close : line.find('}', close);
         std::string_view name = close_end == std::string::npos
                                     ? std::string_view()
                                     : std::string_view(line).substr(close + 3, close_end - close - 3);
         if (close_end == std::string::npos || !(name.empty() || name == (comment ? "comment" : "nomarkdown"))) {
            out += c;
            ++i;
            continue;
         }
         InlineToken token;
         token.source = line.substr(i, close_end + 1 - i);
         std::string content = line.substr(body, close - body);
         token.html = comment ? "<!-- " + content + " -->" : content;
         out += token_for(tokens.size());
         tokens.push_back(std::move(token));
         i = close_end + 1;
      } else if (c == '&') {
         size_t length = 0;
         KramdownEntity entity;
         bool reference = kramdown_entity_at(std::string_view(line).substr(i), entity, length);
         if ((reference && entity.code_point == 0) || uppercase_hex_reference(line, i)) {
            // A reference cmark may decode and kramdown does not (an HTML5-only name, `&#X41;`):
            // kramdown writes the `&` as `&amp;` and the rest as text.
            InlineToken token;
            token.source = token.text = "&";
            token.html = "&amp;";
            out += token_for(tokens.size());
            tokens.push_back(std::move(token));
            ++i;
            continue;
         }
         if (reference && (entities != Options::EntityOutput::as_char ||
                           unlike_cmark(entity))) {
            InlineToken token;
            token.source = line.substr(i, length);
            append_entity(token.html, entity, token.source, entities);
            append_utf8(token.text, entity.code_point);
            out += token_for(tokens.size());
            tokens.push_back(std::move(token));
            i += length;
            continue;
         }
         char ch = special_entity(line, i, length);
         if (!ch) {
            size_t end = entity_end(line, i);
            if (end && end < line.size() && (line[end] == '"' || line[end] == '\'')) {
               // kramdown's entity is an element of its own: a quote after it starts a text
               // run (an opening quote). An empty token makes that boundary.
               out.append(line, i, end - i);
               out += token_for(tokens.size());
               tokens.emplace_back();
               i = end;
               continue;
            }
            out += c;
            ++i;
            continue;
         }
         InlineToken token;
         token.source = line.substr(i, length);
         token.text.assign(1, ch);
         append_escaped_code(token.html, token.text);
         out += token_for(tokens.size());
         tokens.push_back(std::move(token));
         i += length;
      } else {
         // Plain text, up to the next character one of the branches above may take, or a
         // bracket or parenthesis they count.
         size_t end = find_byte_of<false, '\\', '`', '<', ']', '{', '&', '[', '(', ')'>(line, i + 1);
         out.append(line, i, end - i);
         i = end;
      }
   }
   line = std::move(out);
}

bool token_at(std::string_view s, size_t pos, size_t count, size_t& index, size_t& length) {
   size_t close = pos + 1;
   index = 0;
   for (; close < s.size() && s[close] >= '0' && s[close] <= '9'; ++close) index = index * 10 + (s[close] - '0');
   if (close == pos + 1 || close >= s.size() || s[close] != '\x03' || index >= count) return false;
   length = close + 1 - pos;
   return true;
}

std::string restore_tokens(std::string_view s, const std::vector<InlineToken>& tokens, bool unescape) {
   std::string out;
   size_t i = 0;
   while (i < s.size()) {
      size_t at = s.find('\x02', i);
      if (at == std::string_view::npos) break;
      size_t index, length;
      out.append(s.substr(i, at - i));
      if (token_at(s, at, tokens.size(), index, length)) {
         const InlineToken& token = tokens[index];
         bool escaped = token.source.size() == 2 && token.source[0] == '\\';
         out += unescape && escaped ? token.text : token.source;
         i = at + length;
      } else {
         out += '\x02';
         i = at + 1;
      }
   }
   out.append(s.substr(i));
   return out;
}

size_t raw_span_element_end(std::string_view line, size_t pos) {
   InlineToken token;
   size_t end = 0;
   return raw_span_element(line, pos, token, end) ? end : 0;
}

size_t closing_backticks(std::string_view line, size_t open, size_t run) {
   size_t close = open + run;
   for (;;) {
      close = line.find('`', close);
      if (close == std::string_view::npos) return close;
      size_t n = 0;
      while (close + n < line.size() && line[close + n] == '`') ++n;
      if (n == run) return close;
      close += n;
   }
}

}  // namespace jekyllpp::markdown
