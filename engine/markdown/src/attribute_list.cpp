#include "prepass.hpp"

#include "source_lines.hpp"

#include <utility>
#include <vector>

namespace jekyllpp::markdown {

namespace {
bool is_ial_space(char c) {
   return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Ruby's `\w` without the unicode flag: ASCII only.
bool is_id_byte(char c) {
   return is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '_' || c == ':' || c == '-';
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
         // A whitespace-delimited run of `.class` / `#id` items counts only when every item is
         // well-formed (kramdown's ALD_TYPE_ID_OR_CLASS_MULTI): an id starts with an ASCII letter
         // and goes on with ASCII word bytes, `:` or `-`; a class is any non-empty run without `.`/`#`.
         size_t end = i;
         while (end < text.size() && !is_ial_space(text[end])) ++end;
         std::vector<std::pair<char, std::string_view>> items;
         bool valid = true;
         for (size_t k = i; k < end && valid;) {
            char kind = text[k++];
            size_t n = k;
            if (kind == '.') {
               while (k < end && text[k] != '.' && text[k] != '#') ++k;
               valid = k > n;
            } else if (kind == '#' && k < end && is_ascii_letter(text[k])) {
               while (k < end && is_id_byte(text[k])) ++k;
            } else {
               valid = false;
            }
            items.emplace_back(kind, text.substr(n, k - n));
         }
         if (valid)
            for (auto& [kind, name] : items) {
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
