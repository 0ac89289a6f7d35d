#include "header_ids.hpp"

#include <array>

#include "unicode_tables.hpp"

namespace jekyllpp::markdown {
namespace {

std::string numbered(std::unordered_map<std::string, int>& counts, std::string id) {
   auto [it, fresh] = counts.emplace(id, 0);
   if (!fresh) id += "-" + std::to_string(++it->second);
   return id;
}

// What an ASCII character becomes in a GFM id (\p{Word} is [0-9A-Za-z_] there, downcased;
// a space or tab is '-'), 0 when it is dropped.
constexpr auto gfm_ascii = [] {
   std::array<char, 128> map{};
   for (int c = 0; c < 128; ++c) {
      if (c == ' ' || c == '\t' || c == '-') map[c] = '-';
      else if (c >= 'A' && c <= 'Z') map[c] = static_cast<char>(c + 32);
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') map[c] = static_cast<char>(c);
   }
   return map;
}();

}  // namespace

std::string HeaderIds::gfm(std::string_view raw_text) {
   // The leading ASCII run written in place (most headers are ASCII throughout).
   std::string id(raw_text.size(), '\0');
   size_t i = 0, w = 0;
   for (; i < raw_text.size() && static_cast<unsigned char>(raw_text[i]) < 0x80; ++i)
      if (char m = gfm_ascii[static_cast<unsigned char>(raw_text[i])]) id[w++] = m;
   id.resize(w);
   while (i < raw_text.size()) {
      const char c = raw_text[i];
      if (static_cast<unsigned char>(c) < 0x80) {
         if (char m = gfm_ascii[static_cast<unsigned char>(c)]) id += m;
         ++i;
         continue;
      }
      uint32_t cp = decode_utf8(raw_text, i);
      if (cp == ' ' || cp == '\t') {
         id += '-';
      } else if (cp == 0x130) {  // String#downcase: LATIN CAPITAL I WITH DOT ABOVE -> i + U+0307
         id += "i\u0307";
      } else if (cp == '-' || is_word_char(cp)) {
         append_utf8(id, downcase_char(cp));
      }
   }
   auto [it, fresh] = gfm_counts_.emplace(id, 0);
   if (!fresh) id += "-" + std::to_string(++it->second);
   return prefix_.empty() ? id : prefix_ + id;
}

std::string HeaderIds::kramdown(std::string_view raw_text) {
   size_t start = 0;
   while (start < raw_text.size() &&
          !((raw_text[start] >= 'a' && raw_text[start] <= 'z') ||
            (raw_text[start] >= 'A' && raw_text[start] <= 'Z')))
      ++start;
   std::string id;
   for (char c : raw_text.substr(start)) {
      if (c >= 'A' && c <= 'Z') id += static_cast<char>(c + 32);
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') id += c;
      else if (c == ' ') id += '-';
   }
   if (id.empty()) id = "section";
   return prefix_ + numbered(kramdown_counts_, std::move(id));
}

}  // namespace jekyllpp::markdown
