#include "toml_scanner.hpp"

#include <optional>

#include "jekyllpp/liquid/ruby/utf8.hpp"

namespace jekyllpp::site::toml {

namespace {

// The patterns by hand, not with std::regex, whose recursion overflows the stack on a long
// string. Each returns the end of its match at `at`, or nullopt.
class Matcher {
public:
   explicit Matcher(std::string_view s) : s_(s) {}

   char at(std::size_t i) const { return i < s_.size() ? s_[i] : '\0'; }
   bool digit(std::size_t i) const { return at(i) >= '0' && at(i) <= '9'; }
   bool word(std::size_t i) const {  // [A-Za-z0-9_-]
      const char c = at(i);
      return digit(i) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
   }
   bool digits(std::size_t i, int n) const {
      for (int k = 0; k < n; ++k)
         if (!digit(i + k)) return false;
      return true;
   }
   std::size_t sign(std::size_t i) const { return at(i) == '+' || at(i) == '-' ? i + 1 : i; }
   bool starts(std::size_t i, std::string_view word) const { return s_.substr(i, word.size()) == word; }

   // /(-?\d{4})-(\d{2})-(\d{2})(?:(?:t|\s)(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?(z|[-+]\d{2}:\d{2})?/i
   std::optional< std::size_t > datetime(std::size_t i, std::vector< std::string >& f) const {
      const std::size_t start = i;
      if (at(i) == '-') ++i;
      if (!digits(i, 4) || at(i + 4) != '-' || !digits(i + 5, 2) || at(i + 7) != '-' || !digits(i + 8, 2))
         return std::nullopt;
      f = {std::string(s_.substr(start, i + 4 - start)), std::string(s_.substr(i + 5, 2)),
           std::string(s_.substr(i + 8, 2)), "", "", "", ""};
      i += 10;
      const char t = at(i);
      const bool separator = t == 't' || t == 'T' || t == ' ' || (t >= '\t' && t <= '\r');
      if (separator && digits(i + 1, 2) && at(i + 3) == ':' && digits(i + 4, 2) && at(i + 6) == ':' &&
          digits(i + 7, 2)) {
         std::size_t end = i + 9;
         if (at(end) == '.' && digit(end + 1))
            for (++end; digit(end);) ++end;
         f[3] = s_.substr(i + 1, 2), f[4] = s_.substr(i + 4, 2), f[5] = s_.substr(i + 7, end - (i + 7));
         i = end;
      }
      if (at(i) == 'z' || at(i) == 'Z') {
         f[6] = s_.substr(i, 1);
         ++i;
      } else if ((at(i) == '+' || at(i) == '-') && digits(i + 1, 2) && at(i + 3) == ':' && digits(i + 4, 2)) {
         f[6] = s_.substr(i, 6);
         i += 6;
      }
      return i;
   }

   // /"{3}([\s\S]*?"{3,4})/m and /'{3}([\s\S]*?'{3})/m: to the first closing triple (with
   // one more '"' taken where it follows).
   std::optional< std::size_t > multi(std::size_t i, char quote) const {
      const std::string triple(3, quote);
      if (!starts(i, triple)) return std::nullopt;
      const std::size_t close = s_.find(triple, i + 3);
      if (close == std::string_view::npos) return std::nullopt;
      return close + 3 + (quote == '"' && at(close + 3) == '"');
   }

   // /(["'])(?:\\?.)*?\1/ on one line: the lazy loop closes at the first quote it can reach,
   // an escaped quote being skipped unless no quote can close after it (then it closes).
   std::optional< std::size_t > single(std::size_t i, char quote) const {
      if (at(i) != quote) return std::nullopt;
      std::size_t eol = i + 1;
      while (eol < s_.size() && s_[eol] != '\n') ++eol;
      // ends[p]: where the match ends when the loop is at p (0: no match), filled from the line's end
      std::vector< std::size_t > ends(eol - i + 2, 0);
      for (std::size_t p = eol; p-- > i + 1;) {
         std::size_t& end = ends[p - i];
         if (s_[p] == quote) {
            end = p + 1;
            continue;
         }
         if (s_[p] == '\\' && p + 1 < eol) end = ends[p + 2 - i];
         if (!end) end = ends[p + 1 - i];
      }
      return ends[1] ? std::optional< std::size_t >(ends[1]) : std::nullopt;
   }

   // /[+-]?(?:[0-9_]+\.[0-9_]*|\d+(?=[eE]))(?:[eE][+-]?[0-9_]+)?/
   std::optional< std::size_t > float_number(std::size_t i) const {
      i = sign(i);
      std::size_t p = i;
      while (digit(p) || at(p) == '_') ++p;
      if (p > i && at(p) == '.') {
         for (++p; digit(p) || at(p) == '_';) ++p;
      } else {
         for (p = i; digit(p);) ++p;
         if (p == i || (at(p) != 'e' && at(p) != 'E')) return std::nullopt;
      }
      if (at(p) == 'e' || at(p) == 'E') {
         std::size_t q = sign(p + 1), start = q;
         while (digit(q) || at(q) == '_') ++q;
         if (q > start) p = q;
      }
      return p;
   }

   // /[+-]?([1-9](_?\d)*|0)(?![A-Za-z0-9_-]+)/
   std::optional< std::size_t > integer(std::size_t i) const {
      i = sign(i);
      if (at(i) == '0') {
         ++i;
      } else if (digit(i)) {
         for (++i; digit(i) || (at(i) == '_' && digit(i + 1));) i += at(i) == '_' ? 2 : 1;
      } else {
         return std::nullopt;
      }
      return word(i) ? std::nullopt : std::optional< std::size_t >(i);
   }

   std::optional< std::size_t > literal(std::size_t i, std::string_view text, bool signed_) const {
      const std::size_t p = signed_ ? sign(i) : i;
      return starts(p, text) ? std::optional< std::size_t >(p + text.size()) : std::nullopt;
   }

   std::optional< std::size_t > identifier(std::size_t i) const {
      std::size_t p = i;
      while (word(p)) ++p;
      return p > i ? std::optional< std::size_t >(p) : std::nullopt;
   }

private:
   std::string_view s_;
};

}  // namespace

std::vector< Token > scan(std::string_view text) {
   const Matcher m(text);
   std::vector< Token > tokens;
   std::size_t i = 0;
   while (true) {
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n' || text[i] == '#'))
         if (text[i++] == '#')
            while (i < text.size() && text[i] != '\n') ++i;
      if (i >= text.size()) break;
      Token token;
      std::optional< std::size_t > end;
      std::size_t quotes = 0;
      if ((end = m.datetime(i, token.date))) token.kind = Kind::Datetime;
      else if ((end = m.multi(i, '"'))) token.kind = Kind::StringMulti, quotes = 3;
      else if ((end = m.single(i, '"'))) token.kind = Kind::StringBasic, quotes = 1;
      else if ((end = m.multi(i, '\''))) token.kind = Kind::StringLiteralMulti, quotes = 3;
      else if ((end = m.single(i, '\''))) token.kind = Kind::StringLiteral, quotes = 1;
      else if ((end = m.float_number(i))) token.kind = Kind::Float;
      else if ((end = m.literal(i, "inf", true))) token.kind = Kind::FloatInf;
      else if ((end = m.literal(i, "nan", true))) token.kind = Kind::FloatNan;
      else if ((end = m.integer(i))) token.kind = Kind::Integer;
      else if ((end = m.literal(i, "true", false))) token.kind = Kind::True;
      else if ((end = m.literal(i, "false", false))) token.kind = Kind::False;
      else if ((end = m.identifier(i))) token.kind = Kind::Identifier;
      else token.kind = Kind::Char, end = i + liquid::ruby::utf8_char_length(text, i);
      token.text = text.substr(i + quotes, *end - i - 2 * quotes);
      i = *end;
      tokens.push_back(std::move(token));
   }
   tokens.push_back(Token{});
   return tokens;
}

}  // namespace jekyllpp::site::toml
