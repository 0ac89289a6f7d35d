#include "header_ids.hpp"

#include "unicode_tables.hpp"

namespace jekyllpp::markdown {
namespace {

std::string numbered(std::unordered_map<std::string, int>& counts, std::string id) {
   auto [it, fresh] = counts.emplace(id, 0);
   if (!fresh) id += "-" + std::to_string(++it->second);
   return id;
}

}  // namespace

std::string HeaderIds::gfm(std::string_view raw_text) {
   std::string id;
   id.reserve(raw_text.size());
   for (size_t i = 0; i < raw_text.size();) {
      const char c = raw_text[i];
      if (static_cast<unsigned char>(c) < 0x80) {  // ASCII: \p{Word} is [0-9A-Za-z_]
         ++i;
         if (c == ' ' || c == '\t') id += '-';
         else if (c >= 'A' && c <= 'Z') id += static_cast<char>(c + 32);
         else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') id += c;
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
   return prefix_ + std::move(id);
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
