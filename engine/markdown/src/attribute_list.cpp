#include "prepass.hpp"

#include "source_lines.hpp"

namespace jekyllpp::markdown {

void parse_attribute_list(std::string_view text, AttributeList& list) {
   auto add = [&](const std::string& key, std::string value) {
      for (auto& [k, v] : list.attributes) {
         if (k != key) continue;
         v = key == "class" ? (v.empty() ? value : v + " " + value) : value;
         return;
      }
      list.attributes.emplace_back(key, std::move(value));
   };
   size_t i = 0;
   while (i < text.size()) {
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
      if (i >= text.size()) break;
      size_t start = i;
      if (text[i] == '.' || text[i] == '#') {
         // One or more `.class` / `#id` items glued together.
         while (i < text.size() && (text[i] == '.' || text[i] == '#')) {
            char kind = text[i++];
            size_t n = i;
            while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '.' &&
                   text[i] != '#')
               ++i;
            if (i == n) continue;  // `{:.}`: no name, no attribute
            if (kind == '.') add("class", std::string(text.substr(n, i - n)));
            else list.attributes.emplace_back("id", std::string(text.substr(n, i - n)));
         }
         continue;
      }
      while (i < text.size() && (is_word_byte(text[i]) || text[i] == '-')) ++i;
      std::string key(text.substr(start, i - start));
      if (i < text.size() && text[i] == '=' && i + 1 < text.size() &&
          (text[i + 1] == '"' || text[i + 1] == '\'')) {
         char quote = text[i + 1];
         size_t v = i + 2, close = v;
         while (close < text.size() && text[close] != quote) close += text[close] == '\\' ? 2 : 1;
         std::string value;
         for (size_t k = v; k < close && k < text.size(); ++k) {
            if (text[k] == '\\' && k + 1 < close && (text[k + 1] == quote || text[k + 1] == '}')) ++k;
            value += text[k];
         }
         for (auto it = list.attributes.begin(); it != list.attributes.end(); ++it)
            if (it->first == key) {
               list.attributes.erase(it);
               break;
            }
         list.attributes.emplace_back(key, std::move(value));
         i = close + 1;
      } else if (!key.empty()) {
         list.refs.push_back(key);
      } else {
         ++i;
      }
   }
}

}  // namespace jekyllpp::markdown
