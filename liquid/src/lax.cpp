#include "lax.hpp"

namespace jekyllpp::liquid::lax {

namespace {
bool strip_char(char c) { return c == '\0' || is_space(c); }
bool fragment_char(char c) { return !(is_space(c) || c == ',' || c == '|' || c == '\'' || c == '"'); }
bool signature_char(char c) { return is_word(c) || c == '-' || c == '.' || c == '[' || c == ']'; }
}  // namespace

std::string_view lstrip(std::string_view s) {
   std::size_t i = 0;
   while (i < s.size() && strip_char(s[i])) ++i;
   return s.substr(i);
}

std::string_view rstrip(std::string_view s) {
   std::size_t n = s.size();
   while (n > 0 && strip_char(s[n - 1])) --n;
   return s.substr(0, n);
}

std::string_view strip(std::string_view s) { return rstrip(lstrip(s)); }

std::size_t quoted_string(std::string_view s, std::size_t i) {
   if (i >= s.size() || (s[i] != '"' && s[i] != '\'')) return npos;
   std::size_t close = s.find(s[i], i + 1);
   return close == npos ? npos : close + 1;
}

// The third alternative, (?:[^\s,|'"]|QuotedString)+, records each iteration's end.
static std::size_t fragment_run(std::string_view s, std::size_t i, std::vector< std::size_t >* ends) {
   std::size_t start = i;
   while (i < s.size()) {
      if (fragment_char(s[i])) {
         ++i;
      } else {
         std::size_t q = quoted_string(s, i);
         if (q == npos) break;
         i = q;
      }
      if (ends) ends->push_back(i);
   }
   return i == start ? npos : i;
}

std::size_t quoted_fragment(std::string_view s, std::size_t i) {
   std::size_t q = quoted_string(s, i);
   if (q != npos) return q;
   return fragment_run(s, i, nullptr);
}

std::vector< std::size_t > quoted_fragment_ends(std::string_view s, std::size_t i) {
   std::vector< std::size_t > result;
   std::size_t q = quoted_string(s, i);
   if (q != npos) result.push_back(q);
   std::vector< std::size_t > ends;
   fragment_run(s, i, &ends);
   result.insert(result.end(), ends.rbegin(), ends.rend());
   return result;
}

std::size_t quoted_fragments(std::string_view s, std::size_t i) { return fragment_run(s, i, nullptr); }

std::pair< std::size_t, std::size_t > search_quoted_fragment(std::string_view s, std::size_t from) {
   for (std::size_t i = from; i < s.size(); ++i) {
      std::size_t e = quoted_fragment(s, i);
      if (e != npos) return {i, e};
   }
   return {npos, npos};
}

// (\w[\w-]*)\s*:\s*(QuotedFragment) at i.
static bool tag_attribute_at(std::string_view s, std::size_t i, std::size_t& key_end,
                             std::size_t& value_begin, std::size_t& value_end) {
   if (i >= s.size() || !is_word(s[i])) return false;
   std::size_t k = i + 1;
   while (k < s.size() && (is_word(s[k]) || s[k] == '-')) ++k;
   std::size_t j = skip_spaces(s, k);
   if (j >= s.size() || s[j] != ':') return false;
   j = skip_spaces(s, j + 1);
   std::size_t e = quoted_fragment(s, j);
   if (e == npos) return false;
   key_end = k;
   value_begin = j;
   value_end = e;
   return true;
}

std::vector< std::pair< std::string, std::string > > tag_attributes(std::string_view markup) {
   std::vector< std::pair< std::string, std::string > > result;
   std::size_t i = 0;
   while (i < markup.size()) {
      std::size_t ke, vb, ve;
      if (tag_attribute_at(markup, i, ke, vb, ve)) {
         result.emplace_back(std::string(markup.substr(i, ke - i)), std::string(markup.substr(vb, ve - vb)));
         i = ve;
      } else {
         ++i;
      }
   }
   return result;
}

bool just_tag_attribute(std::string_view s, std::string& key, std::string& value) {
   std::size_t ke, vb, ve;
   if (!tag_attribute_at(s, 0, ke, vb, ve)) return false;
   for (std::size_t end : quoted_fragment_ends(s, vb))
      if (end == s.size()) {
         key = std::string(s.substr(0, ke));
         value = std::string(s.substr(vb));
         return true;
      }
   return false;
}

std::size_t variable_signatures(std::string_view s, std::size_t i) {
   std::size_t start = i;
   while (i < s.size()) {
      std::size_t j = i;
      if (s[j] == '(') ++j;
      if (j < s.size() && signature_char(s[j])) {
         ++j;
         if (j < s.size() && s[j] == ')') ++j;
         i = j;
      } else {
         break;
      }
   }
   return i == start ? npos : i;
}

}  // namespace jekyllpp::liquid::lax
