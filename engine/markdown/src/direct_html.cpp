#include "direct_html.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "code_block.hpp"
#include "direct_inline.hpp"
#include "entity_output.hpp"
#include "html_tags.hpp"

namespace jekyllpp::markdown {

using namespace std::string_view_literals;
using direct::Inline;
using direct::SpanKind;

namespace {

struct Block {
   enum Kind : uint8_t { header, paragraph, bullets, numbers, quote, table, fence } kind;
   uint8_t level = 0;          // a header's
   bool blank_before = false;  // blank lines between it and the block before (or the start)
   uint32_t parts = 0, parts_end = 0;  // its spans: a list's items, a table's cells row by row
   uint32_t columns = 0;               // a table's (its alignments at aligns[parts / columns])
   std::string_view info, code;        // a fence's
};

struct Span {
   uint32_t first, last;  // tokens
};

struct PlainDocument {
   std::vector<Block> blocks;
   std::vector<Span> spans;
   std::vector<Inline> tokens;
   std::vector<char> aligns;  // a table's column alignments (cmark's 'l', 'c', 'r' or 0), at its first span
   bool blank_after = false;
   void clear() {
      blocks.clear(), spans.clear(), tokens.clear(), aligns.clear();
      blank_after = false;
   }
};

bool digit(char c) { return c >= '0' && c <= '9'; }

// Whether a line of text may start with t[0]: nothing either parser reads as a block's start
// (`#`, `-`, `+`, `*` and a space, `>`, `|`, `:`, `1.`, a fence, indentation, HTML, `{`, ...).
bool starts_text(std::string_view t) {
   if (t.empty()) return false;
   const auto c = static_cast<unsigned char>(t[0]);
   if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
   if (c >= 0x80 || c == '"' || c == '\'' || c == '(' || c == '[') return true;
   if (c == '*') return t.size() > 1 && t[1] != ' ';
   if (c == '`') return t.size() > 2 && (t[1] != '`' || t[2] != '`');  // (no fence; a pair read as text is kept)
   if (!digit(static_cast<char>(c))) return false;
   size_t k = 1;
   while (k < t.size() && digit(t[k])) ++k;
   return k == t.size() || (t[k] != '.' && t[k] != ')');
}

bool ends_text(std::string_view t) { return !t.empty() && t.back() != ' ' && t.back() != '\t'; }

class Reader {
public:
   Reader(std::string_view source, PlainDocument& d) : s_(source), d_(d) {}

   bool read() {
      bool blank = false, need_blank = false;
      while (pos_ < s_.size()) {
         std::string_view line = peek();
         if (line.empty()) {
            blank = true;
            need_blank = false;
            advance();
            continue;
         }
         if (need_blank) return false;  // blocks stand between blank lines
         const bool bullets = line.substr(0, 2) == "- ", numbers = digit(line[0]) && !item_text(line, true).empty();
         // (a list after a list and blank lines is one list of paragraphs to both)
         if ((bullets || numbers) && !d_.blocks.empty() &&
             (d_.blocks.back().kind == Block::bullets || d_.blocks.back().kind == Block::numbers))
            return false;
         Block b{};
         b.blank_before = blank;
         blank = false;
         b.parts = static_cast<uint32_t>(d_.spans.size());
         bool ok = line[0] == '#'                 ? header(line, b)
                   : line[0] == '|'               ? table(b)
                   : line.substr(0, 3) == "```"   ? fence(line, b)
                   : line.substr(0, 2) == "> "    ? lines(b, Block::quote, 2)
                   : bullets || numbers           ? items(b, bullets ? Block::bullets : Block::numbers)
                                                  : lines(b, Block::paragraph, 0);
         if (!ok) return false;
         b.parts_end = static_cast<uint32_t>(d_.spans.size());
         d_.blocks.push_back(b);
         need_blank = true;
      }
      d_.blank_after = blank;
      return true;
   }

private:
   std::string_view peek() const {
      size_t nl = s_.find('\n', pos_);
      return s_.substr(pos_, (nl == std::string_view::npos ? s_.size() : nl) - pos_);
   }
   void advance() {
      size_t nl = s_.find('\n', pos_);
      pos_ = nl == std::string_view::npos ? s_.size() : nl + 1;
   }
   size_t offset(std::string_view part) const { return static_cast<size_t>(part.data() - s_.data()); }

   // Reads `text` as one span of its own; `kind` plain for a header's.
   bool span(std::string_view text, SpanKind kind, bool lone_pair = false) {
      uint32_t first = static_cast<uint32_t>(d_.tokens.size());
      if (!direct::read_span(s_, offset(text), text.size(), kind, d_.tokens, lone_pair)) return false;
      d_.spans.push_back({first, static_cast<uint32_t>(d_.tokens.size())});
      return true;
   }

   bool header(std::string_view line, Block& b) {
      size_t level = line.find_first_not_of('#');
      if (level > 6 || level == std::string_view::npos || line[level] != ' ') return false;
      std::string_view text = line.substr(level + 1);
      // (no `#`: closing marks are read differently by the two)
      if (!starts_text(text) || !ends_text(text) || text.find('#') != std::string_view::npos) return false;
      b.kind = Block::header;
      b.level = static_cast<uint8_t>(level);
      advance();
      return span(text, SpanKind::plain);
   }

   // A paragraph, or a block quote's lines (each after `prefix` bytes, "> "): one span of
   // lines joined by soft breaks, up to a blank line.
   bool lines(Block& b, Block::Kind kind, size_t prefix) {
      b.kind = kind;
      uint32_t first = static_cast<uint32_t>(d_.tokens.size());
      const size_t blank = s_.find("\n\n", pos_);
      const size_t end = blank == std::string_view::npos ? s_.size() : blank;
      const bool lone_pair = direct::lone_backtick_pair(s_.substr(pos_, end - pos_));
      for (bool first_line = true; pos_ < s_.size(); first_line = false) {
         std::string_view line = peek();
         if (line.empty()) break;
         if (line.substr(0, prefix) != std::string_view("> ").substr(0, prefix)) return false;
         std::string_view text = line.substr(prefix);
         if (!starts_text(text) || !ends_text(text)) return false;
         if (!first_line) d_.tokens.push_back({Inline::soft_break});
         const size_t after = offset(text) + text.size();
         if (!direct::read_span(s_, offset(text), text.size(), SpanKind::rich, d_.tokens, lone_pair,
                                s_.substr(after, std::max(end, after) - after)))
            return false;
         advance();
      }
      d_.spans.push_back({first, static_cast<uint32_t>(d_.tokens.size())});
      return true;
   }

   // The text of a list item line (`- ` or digits and `. `), or empty.
   static std::string_view item_text(std::string_view line, bool numbered) {
      size_t k = 0;
      if (numbered) {
         while (k < line.size() && k < 9 && digit(line[k])) ++k;
         if (k == 0 || line.substr(k, 2) != ". ") return {};
         return line.substr(k + 2);
      }
      return line.substr(0, 2) == "- " ? line.substr(2) : std::string_view();
   }

   // A list of one-line items, each one span.
   bool items(Block& b, Block::Kind kind) {
      b.kind = kind;
      // (the pre-pass counts the runs of backticks over the whole list)
      const bool lone_pair = direct::lone_backtick_pair(s_.substr(pos_, s_.find("\n\n", pos_) - pos_));
      while (pos_ < s_.size()) {
         std::string_view line = peek();
         std::string_view text = item_text(line, kind == Block::numbers);
         if (text.empty()) return line.empty();
         if (!starts_text(text) || !ends_text(text) || !span(text, SpanKind::rich, lone_pair)) return false;
         advance();
      }
      return true;
   }

   // A row `| a | b |`: its cells, trimmed.
   bool cells(std::string_view line, std::vector<std::string_view>& out) const {
      out.clear();
      if (line.size() < 2 || line.back() != '|') return false;
      for (size_t at = 1; at < line.size();) {
         size_t bar = line.find('|', at);
         std::string_view cell = line.substr(at, bar - at);
         size_t b = cell.find_first_not_of(' '), e = cell.find_last_not_of(' ');
         out.push_back(b == std::string_view::npos ? cell.substr(0, 0) : cell.substr(b, e + 1 - b));
         at = bar + 1;
      }
      return true;
   }

   // The header row, the delimiter row, the body rows: every row of the same cells, none of
   // separator bytes alone (kramdown reads such a row as a separator or a footer).
   bool table(Block& b) {
      b.kind = Block::table;
      thread_local std::vector<std::string_view> row;
      int r = 0;
      for (; pos_ < s_.size(); ++r) {
         std::string_view line = peek();
         if (line.empty()) break;
         if (line[0] != '|' || !cells(line, row)) return false;
         if (r == 0) b.columns = static_cast<uint32_t>(row.size());
         if (row.size() != b.columns) return false;
         const bool separators = line.find_first_not_of("|:-=+ ") == std::string_view::npos;
         if (r == 1) {
            for (std::string_view cell : row) {
               size_t dashes = cell.find_first_not_of(':'), end = cell.find_last_not_of(':');
               if (cell.empty() || dashes > 1 || cell.size() - end > 2 || dashes > end ||
                   cell.substr(dashes, end + 1 - dashes).find_first_not_of('-') != std::string_view::npos)
                  return false;
               const bool left = cell.front() == ':', right = cell.back() == ':';
               d_.aligns.push_back(left && right ? 'c' : left ? 'l' : right ? 'r' : 0);
            }
         } else {
            if (separators) return false;
            for (std::string_view cell : row)
               if (!span(cell, SpanKind::rich)) return false;
         }
         advance();
      }
      return r >= 3;  // (a header alone is no table to kramdown)
   }

   // ```info, the code, ``` alone.
   bool fence(std::string_view line, Block& b) {
      std::string_view info = line.substr(3);
      for (char c : info)
         if (!(digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' || c == '+' || c == '-' || c == '#'))
            return false;
      b.kind = Block::fence;
      b.info = info;
      advance();
      const size_t code = pos_;
      while (pos_ < s_.size()) {
         std::string_view l = peek();
         if (l == "```") {
            b.code = s_.substr(code, pos_ - code);
            advance();
            return true;
         }
         std::string_view t = l.substr(std::min(l.size(), l.find_first_not_of(' ')));
         if (t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~") return false;
         for (char c : l)
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) return false;
         advance();
      }
      return false;  // unclosed
   }

   std::string_view s_;
   PlainDocument& d_;
   size_t pos_ = 0;
};

bool default_options(const Conversion& c, int indent, bool in_html) {
   static const std::vector<std::string> smart_quotes = Options{}.smart_quotes;
   const Options& o = c.options;
   return indent == 0 && !in_html && o.input == Options::Input::gfm && o.auto_ids && !o.hard_wrap &&
          o.entity_output == Options::EntityOutput::as_char && !o.parse_block_html && o.header_offset == 0 &&
          o.smart_quotes == smart_quotes && c.footnotes.empty() && c.link_definitions.empty() &&
          c.footnote_stubs.empty() && c.abbreviations.empty() && c.alds.empty() && c.open_definitions.empty() &&
          !c.toc_requested;
}

class Writer {
public:
   Writer(Conversion& c, std::string_view source, const PlainDocument& d) : c_(c), s_(source), d_(d) {}

   void write(std::string& out) {
      for (const Block& b : d_.blocks) {
         if (b.blank_before) out += '\n';
         switch (b.kind) {
            case Block::header: header(b, out); break;
            case Block::paragraph:
               out += "<p>"sv;
               span(b.parts, out);
               out += "</p>\n"sv;
               break;
            case Block::bullets:
            case Block::numbers:
               out += b.kind == Block::numbers ? "<ol>\n"sv : "<ul>\n"sv;
               for (uint32_t i = b.parts; i < b.parts_end; ++i) {
                  out += "  <li>"sv;
                  span(i, out);
                  out += "</li>\n"sv;
               }
               out += b.kind == Block::numbers ? "</ol>\n"sv : "</ul>\n"sv;
               break;
            case Block::quote:
               out += "<blockquote>\n  <p>"sv;
               span(b.parts, out);
               out += "</p>\n</blockquote>\n"sv;
               break;
            case Block::table: table(b, out); break;
            case Block::fence: append_code_block(out, b.code, b.info, 0, c_.options, {}); break;
         }
      }
      if (d_.blank_after) out += '\n';
   }

private:
   void span(uint32_t i, std::string& out, std::string* raw = nullptr) {
      const Span& sp = d_.spans[i];
      direct::write_span(d_.tokens.data() + sp.first, d_.tokens.data() + sp.last, s_, c_, out, raw);
   }

   void header(const Block& b, std::string& out) {
      thread_local std::string body, raw;
      body.clear();
      raw.clear();
      span(b.parts, body, &raw);
      std::string id = c_.ids.gfm(raw);
      out += "<h"sv;
      out += static_cast<char>('0' + b.level);
      if (id.find_first_not_of(" \t\n") != std::string::npos) append_attribute(out, "id", id);
      out += '>';
      out += body;
      out += "</h"sv;
      out += static_cast<char>('0' + b.level);
      out += ">\n"sv;
   }

   void table(const Block& b, std::string& out) {
      out += "<table>\n  <thead>\n    <tr>\n"sv;
      const char* aligns = d_.aligns.data() + aligned_;
      aligned_ += b.columns;
      for (uint32_t i = b.parts; i < b.parts_end; ++i) {
         const uint32_t col = (i - b.parts) % b.columns;
         const bool head = i - b.parts < b.columns;
         if (col == 0 && i - b.parts == b.columns) out += "    </tr>\n  </thead>\n  <tbody>\n    <tr>\n"sv;
         else if (col == 0 && !head) out += "    </tr>\n    <tr>\n"sv;
         out += head ? "      <th"sv : "      <td"sv;
         append_alignment_style(out, aligns[col]);
         out += '>';
         size_t before = out.size();
         span(i, out);
         if (out.size() == before) append_entity(out, kramdown_entity(uint32_t(0xA0)), {}, c_.options.entity_output);
         out += head ? "</th>\n"sv : "</td>\n"sv;
      }
      out += b.parts_end - b.parts > b.columns ? "    </tr>\n  </tbody>\n</table>\n"sv : "    </tr>\n  </thead>\n</table>\n"sv;
   }

   Conversion& c_;
   std::string_view s_;
   const PlainDocument& d_;
   size_t aligned_ = 0;
};

}  // namespace

bool write_plain_document(Conversion& c, std::string_view source, int indent, bool in_html, std::string& out) {
   // (token offsets are 32-bit)
   if (!default_options(c, indent, in_html) || source.size() >= UINT32_MAX) return false;
   thread_local PlainDocument d;
   d.clear();
   if (!Reader(source, d).read()) return false;
   Writer(c, source, d).write(out);
   return true;
}

}  // namespace jekyllpp::markdown
