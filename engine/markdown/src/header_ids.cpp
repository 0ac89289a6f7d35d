#include "header_ids.hpp"

namespace jekyllpp::markdown {
namespace {

uint32_t decode(std::string_view s, size_t& i) {
   unsigned char c = s[i];
   int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
   if (i + len > s.size()) len = 1;
   uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
   for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
   i += len;
   return cp;
}

void encode(std::string& out, uint32_t cp) {
   if (cp < 0x80) {
      out += static_cast<char>(cp);
   } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
   } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
   } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
   }
}

// Ruby's String#downcase for the scripts headers are written in.
uint32_t downcase(uint32_t cp) {
   if (cp >= 'A' && cp <= 'Z') return cp + 32;
   if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) ||
       (cp >= 0x410 && cp <= 0x42F))
      return cp + 32;
   if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
   if (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0 && cp != 0x130 && cp != 0x138) return cp + 1;
   return cp;
}

// \p{Word}: letters, marks, decimal digits and connector punctuation.
bool is_word(uint32_t cp) {
   if (cp < 0x80)
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
             cp == '_';
   if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
   if (cp == 0xD7 || cp == 0xF7) return false;
   if (cp >= 0x2000 && cp <= 0x2BFF) return cp == 0x203F || cp == 0x2040 || cp == 0x2054;
   if (cp >= 0x3000 && cp <= 0x303F) return cp == 0x3005 || cp == 0x3006;
   if (cp >= 0xFE10 && cp <= 0xFE6F) return cp >= 0xFE20 && cp <= 0xFE2F;
   if (cp >= 0xFF00 && cp <= 0xFF20) return cp >= 0xFF10 && cp <= 0xFF19;
   if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;
   if (cp >= 0xE000 && cp <= 0xF8FF) return false;
   return true;
}

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
      uint32_t cp = downcase(decode(raw_text, i));
      if (cp == ' ' || cp == '\t') id += '-';
      else if (cp == '-' || is_word(cp)) encode(id, cp);
   }
   auto [it, fresh] = gfm_counts_.emplace(id, 0);
   if (!fresh) id += "-" + std::to_string(++it->second);
   return prefix_ + id;
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
