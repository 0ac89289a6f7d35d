#include "typography.hpp"

#include <algorithm>
#include <optional>

#include "byte_scan.hpp"
#include "entity_output.hpp"
#include "escape.hpp"
#include "unicode_tables.hpp"

namespace jekyllpp::markdown {
namespace {

enum Quote { lsquo, rsquo, ldquo, rdquo };

bool is_quote(char c) { return c == '"' || c == '\''; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
// Ruby's \w: ASCII only (the rules' lookaheads); its \b and \B see Unicode words (word_at).
bool is_word(char c) {
   return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_sq_punct(char c) {
   static constexpr std::string_view punct = "!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~";
   return punct.find(c) != std::string_view::npos;
}
// SQ_CLOSE: any character but space, backslash, tab, CR, LF, `[`, `{`, `(` and `-`.
bool is_sq_close(char c) {
   return !(c == ' ' || c == '\\' || c == '\t' || c == '\r' || c == '\n' || c == '[' || c == '{' ||
            c == '(' || c == '-');
}
size_t char_length(unsigned char c) {
   return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// Chars whose span parser (emphasis, code span, HTML, link) runs before smart quotes and
// consumes them, so they never serve as a smart quote's leading context character.
bool taken_by_earlier_parser(char c) {
   return c == '*' || c == '_' || c == '`' || c == '<' || c == '[';
}
// The same right before a quote: `<'` and `<"` start no tag or autolink (HTML_SPAN_START wants a
// name, `!--` or `/`), so there the `<` is the quote's context character (`<'a` closes).
bool taken_before_quote(char c) { return c != '<' && taken_by_earlier_parser(c); }

class Converter {
public:
   Converter(std::string& out, std::string_view s, size_t end, const QuoteChars& quotes,
             std::string* raw, bool keep_entities)
       : out_(out), s_(s), end_(end), quotes_(quotes), raw_(raw), keep_entities_(keep_entities) {}

   void run() {
      size_t pos = 0, text = 0;
      bool escapes = false;  // whether the plain text scanned since `pos` has a byte escape() changes
      while (pos < end_) {
         size_t p = pos;
         escapes = false;
         for (; p < end_; p += char_length(s_[p])) {
            // Past plain ASCII text to the next character to look at: a quote, a character that
            // can start a typographic symbol, one escaping changes, or a byte of a multi-byte
            // character. The one before it is looked at first when it may start a quote or
            // " >>". (A backslash, or a character an earlier span parser takes, matters only
            // right before a quote: there the quote's look back finds it.)
            size_t q = find_byte_of<true, '"', '\'', '-', '.', '<', '>', '&'>(s_.substr(0, end_), p);
            if (q >= end_) {
               p = end_;
               break;
            }
            escapes = escapes || s_[q] == '<' || s_[q] == '>' || s_[q] == '&';
            p = q > p && (is_quote(s_[q]) || (s_[q] == '>' && s_[q - 1] == ' ')) ? q - 1 : q;
            size_t next = p + char_length(s_[p]);
            if (is_quote(s_[p])) break;
            if (s_[p] != '\\' && !taken_before_quote(s_[p]) && next < end_ && is_quote(s_[next]))
               break;
            if (symbol_at(p)) break;
         }
         if (p >= end_) break;
         plain(text, p, escapes);
         size_t next = p + char_length(s_[p]);
         bool quote_here = is_quote(s_[p]) || (s_[p] != '\\' && !taken_before_quote(s_[p]) &&
                                               next < end_ && is_quote(s_[next]));
         pos = text = quote_here ? quote_at(p) : symbol(p);
      }
      plain(text, end_, escapes);
   }

private:
   char at(size_t i) const { return i < s_.size() ? s_[i] : '\0'; }
   bool at_end(size_t i) const { return i >= s_.size(); }
   // Whether the character at i is a word character to \b (/\p{Word}/); false at the end.
   bool word_at(size_t i) const {
      if (at_end(i)) return false;
      if (static_cast<unsigned char>(s_[i]) < 0x80) return is_word(s_[i]);
      return is_word_char(decode_utf8(s_, i));
   }

   void escape(std::string_view text) {
      if (keep_entities_) append_escaped_text(out_, text);
      else append_escaped_code(out_, text);
   }

   // `escapes`: whether the text may hold `<`, `>` or `&` (the scan in run() saw none in it).
   void plain(size_t from, size_t to, bool escapes = true) {
      if (to <= from) return;
      if (escapes) escape(s_.substr(from, to - from));
      else out_.append(s_.substr(from, to - from));
      if (raw_) raw_->append(s_.substr(from, to - from));
   }
   void emit(std::string_view chars) {
      escape(chars);
      if (raw_) raw_->append(chars);
   }
   void quote(Quote q) {
      if (!quotes_.entities) return emit(quotes_.chars[q]);
      out_ += quotes_.quote_html[q];
      if (raw_) raw_->append(quotes_.chars[q]);
   }
   void emit_symbol(TypographicSymbol sym, std::string_view chars) {
      if (!quotes_.entities) return emit(chars);
      out_ += quotes_.symbol_html[sym];
      if (raw_) raw_->append(chars);
   }
   void quote(char c, bool left) { quote(c == '"' ? (left ? ldquo : rdquo) : (left ? lsquo : rsquo)); }

   size_t symbol_length(size_t p) const {
      // Every symbol starts with a doubled `-`, `.`, `<` or `>`, or with " >".
      const char c = s_[p];
      const char second = p + 1 < end_ ? s_[p + 1] : '\0';
      if (c == ' ' ? second != '>' : !((c == '-' || c == '.' || c == '<' || c == '>') && second == c)) return 0;
      std::string_view rest = s_.substr(p, std::min<size_t>(3, end_ - p));
      if (rest.substr(0, 3) == "---" || rest.substr(0, 3) == "..." || rest.substr(0, 3) == "<< " ||
          rest.substr(0, 3) == " >>")
         return 3;
      if (rest.substr(0, 2) == "--" || rest.substr(0, 2) == "<<" || rest.substr(0, 2) == ">>")
         return 2;
      return 0;
   }
   bool symbol_at(size_t p) const { return symbol_length(p) != 0; }

   size_t symbol(size_t p) {
      size_t len = symbol_length(p);
      std::string_view sym = s_.substr(p, len);
      if (sym == "---") emit_symbol(mdash, "\u2014");
      else if (sym == "--") emit_symbol(ndash, "\u2013");
      else if (sym == "...") emit_symbol(hellip, "\u2026");
      else if (sym == "<< ") emit_symbol(laquo_space, "\u00AB\u00A0");
      else if (sym == " >>") emit_symbol(raquo_space, "\u00A0\u00BB");
      else if (sym == "<<") emit_symbol(laquo, "\u00AB");
      else emit_symbol(raquo, "\u00BB");
      return p + len;
   }

   // The SQ_RULES of kramdown's smart_quotes.rb, tried in order at `p`; returns the position
   // after the match (a match always exists when the scan stopped at `p` for a quote).
   size_t quote_at(size_t p) {
      char c = s_[p];
      if (is_quote(c)) {
         if ((at(p + 1) == '_' || at(p + 1) == '*') && !at_end(p + 2) && !is_space(at(p + 2))) {
            quote(c, true);
            return p + 1;
         }
         // ("|')(?=SQ_PUNCT(?!\.\.)\B): no word boundary after the punctuation mark, which is a
         // word character itself when it is `_`.
         if (!at_end(p + 1) && is_sq_punct(at(p + 1)) && !(at(p + 2) == '.' && at(p + 3) == '.') &&
             is_word(at(p + 1)) == word_at(p + 2)) {
            quote(c, false);
            return p + 1;
         }
      }
      size_t q = is_space(c) ? p + 1 : p;  // (\s?)
      if (at(q) == '"' && at(q + 1) == '\'' && is_word(at(q + 2)) && !at_end(q + 2)) {
         plain(p, q);
         quote(ldquo);
         quote(lsquo);
         return q + 2;
      }
      if (at(q) == '\'' && at(q + 1) == '"' && is_word(at(q + 2)) && !at_end(q + 2)) {
         plain(p, q);
         quote(lsquo);
         quote(ldquo);
         return q + 2;
      }
      if (at(q) == '\'' && is_digit(at(q + 1)) && is_digit(at(q + 2)) && at(q + 3) == 's') {
         plain(p, q);
         quote(rsquo);
         return q + 1;
      }
      if (is_space(c) && is_quote(at(p + 1)) && !at_end(p + 2) && is_word(at(p + 2))) {
         plain(p, p + 1);
         quote(at(p + 1), true);
         return p + 2;
      }
      size_t next = p + char_length(c);
      if (is_sq_close(c) && next < end_ && is_quote(at(next))) {
         plain(p, next);
         quote(at(next), false);
         return next + 1;
      }
      if (is_quote(c) && (at_end(p + 1) || is_space(at(p + 1)) ||
                          (at(p + 1) == 's' && !word_at(p + 2)))) {
         quote(c, false);
         return p + 1;
      }
      // (.?)' then (.?)"
      for (char qc : {'\'', '"'}) {
         if (c != qc && next < end_ && at(next) == qc) {
            plain(p, next);
            quote(qc, true);
            return next + 1;
         }
         if (c == qc) {
            if (next < end_ && at(next) == qc) {
               plain(p, next);
               quote(qc, true);
               return next + 1;
            }
            quote(qc, true);
            return p + 1;
         }
      }
      plain(p, next);
      return next;
   }

   std::string& out_;
   std::string_view s_;
   size_t end_;
   const QuoteChars& quotes_;
   std::string* raw_;
   bool keep_entities_;
};

}  // namespace

// A smart_quotes entry: an entity name, or a code point in digits (kramdown's Integer(v)).
static KramdownEntity smart_quote_entity(std::string_view name) {
   if (name.empty() || name.find_first_not_of("0123456789") != std::string_view::npos) return kramdown_entity(name);
   uint32_t code_point = 0;
   for (char c : name) code_point = code_point * 10 + uint32_t(c - '0');
   return kramdown_entity(code_point);
}

QuoteChars quote_chars(const std::array<std::string_view, 4>& names, Options::EntityOutput mode) {
   QuoteChars quotes;
   std::array<KramdownEntity, 4> entities;
   for (size_t i = 0; i < 4; ++i) {
      entities[i] = smart_quote_entity(names[i]);
      if (entities[i].code_point != 0) append_utf8(quotes.chars[i], entities[i].code_point);
   }
   if (mode == Options::EntityOutput::as_char) return quotes;
   // kramdown's converter writes these entities with no original form.
   quotes.entities = true;
   for (size_t i = 0; i < 4; ++i) append_entity(quotes.quote_html[i], entities[i], {}, mode);
   const std::array<std::array<std::string_view, 2>, 7> symbols = {{{"mdash", ""}, {"ndash", ""},
      {"hellip", ""}, {"laquo", "nbsp"}, {"nbsp", "raquo"}, {"laquo", ""}, {"raquo", ""}}};
   for (size_t i = 0; i < symbols.size(); ++i)
      for (std::string_view name : symbols[i])
         if (!name.empty()) append_entity(quotes.symbol_html[i], kramdown_entity(name), {}, mode);
   return quotes;
}

QuoteChars quote_chars(const Options& options) {
   std::array<std::string_view, 4> names{"lsquo", "rsquo", "ldquo", "rdquo"};
   for (size_t i = 0; i < 4 && i < options.smart_quotes.size(); ++i) names[i] = options.smart_quotes[i];
   // Every conversion asks, nearly always with the options of the one before: those are kept.
   thread_local std::optional<QuoteChars> last;
   thread_local std::array<std::string, 4> last_names;
   thread_local Options::EntityOutput last_mode;
   if (!last || last_mode != options.entity_output || !std::equal(names.begin(), names.end(), last_names.begin())) {
      last = quote_chars(names, options.entity_output);
      last_mode = options.entity_output;
      for (size_t i = 0; i < 4; ++i) last_names[i].assign(names[i]);
   }
   return *last;
}

const QuoteChars& default_quote_chars() {
   static const QuoteChars chars = quote_chars({"lsquo", "rsquo", "ldquo", "rdquo"});
   return chars;
}

void append_typographic(std::string& out, std::string_view run, std::string_view lookahead,
                        const QuoteChars& quotes, std::string* raw, bool keep_entities) {
   if (lookahead.empty() || run.data() + run.size() == lookahead.data()) {
      Converter(out, std::string_view(run.data(), run.size() + lookahead.size()), run.size(), quotes, raw,
                keep_entities)
          .run();
      return;
   }
   // One buffer per thread: a conversion flushes a run at every element.
   thread_local std::string joined;
   joined.assign(run).append(lookahead.substr(0, typographic_lookahead));
   Converter(out, joined, run.size(), quotes, raw, keep_entities).run();
}

}  // namespace jekyllpp::markdown
