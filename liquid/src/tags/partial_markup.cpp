#include "partial_markup.hpp"

#include "../lax.hpp"

namespace jekyllpp::liquid {

namespace {
// \s+(?:word)\s+ at i: offset after the trailing spaces, or npos.
std::size_t keyword_at(std::string_view s, std::size_t i, std::string_view word) {
   std::size_t j = lax::skip_spaces(s, i);
   if (j == i || s.compare(j, word.size(), word) != 0) return lax::npos;
   std::size_t k = j + word.size();
   std::size_t l = lax::skip_spaces(s, k);
   return l == k ? lax::npos : l;
}
}  // namespace

std::optional< PartialMarkup > match_partial_markup(std::string_view s, bool quoted_name) {
   std::size_t begin = lax::npos, end = lax::npos;
   for (std::size_t i = 0; i < s.size(); ++i) {
      if (quoted_name) {
         std::size_t e = lax::quoted_string(s, i);
         if (e == lax::npos) continue;
         while (lax::quoted_string(s, e) != lax::npos) e = lax::quoted_string(s, e);
         begin = i, end = e;
      } else {
         std::size_t e = lax::quoted_fragments(s, i);
         if (e == lax::npos) continue;
         begin = i, end = e;
      }
      break;
   }
   if (begin == lax::npos) return std::nullopt;
   PartialMarkup m;
   m.name = std::string(s.substr(begin, end - begin));
   std::size_t i = end;
   for (std::string_view word : {std::string_view("with"), std::string_view("for")}) {
      std::size_t v = keyword_at(s, i, word);
      if (v == lax::npos) continue;
      std::size_t ve = lax::quoted_fragments(s, v);
      if (ve == lax::npos) continue;
      m.with_or_for = std::string(word);
      m.variable = std::string(s.substr(v, ve - v));
      i = ve;
      break;
   }
   std::size_t a = keyword_at(s, i, "as");
   if (a != lax::npos) {
      std::size_t ae = a;
      while (ae < s.size() && (lax::is_word(s[ae]) || s[ae] == '-')) ++ae;
      if (ae > a) m.alias = std::string(s.substr(a, ae - a));
   }
   return m;
}

}  // namespace jekyllpp::liquid
