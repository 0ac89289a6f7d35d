#include "prepass.hpp"

#include <algorithm>
#include <vector>

#include "source_lines.hpp"

namespace jekyllpp::markdown {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// ALD_TYPE_ID_NAME's name: an ASCII letter, then ASCII letters, digits, `_`, `:` and `-`.
bool is_id_name(std::string_view name) {
   return is_ascii_letter(name[0]) && std::all_of(name.begin(), name.end(), [](char c) {
             return is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '_' || c == ':' || c == '-';
          });
}

}  // namespace

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
         // One or more `.class` / `#id` items glued together, taken only when the whole run is
         // such items (ALD_TYPE_ID_OR_CLASS_MULTI): an id starts with an ASCII letter and has
         // ASCII word bytes, `:` and `-`; a class name is anything but blanks, `.` and `#`.
         size_t end = i;
         while (end < text.size() && !is_space(text[end])) ++end;
         std::vector<std::pair<char, std::string_view>> items;
         bool valid = true;
         for (size_t k = i; valid && k < end;) {
            char kind = text[k++];
            size_t n = k;
            while (k < end && text[k] != '.' && text[k] != '#') ++k;
            std::string_view name = text.substr(n, k - n);
            valid = !name.empty() && (kind == '.' || is_id_name(name));
            items.emplace_back(kind, name);
         }
         for (const auto& [kind, name] : items) {
            if (!valid) break;
            if (kind == '.') add("class", std::string(name));
            else list.attributes.emplace_back("id", std::string(name));
         }
         i = end;
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
