#include "jekyllpp/site/simple_yaml.hpp"

#include <cstdint>
#include <string>

#include "jekyllpp/site/yaml_value.hpp"

namespace jekyllpp::site {

using liquid::Value;

namespace {

bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool key_char(char c) { return alnum(c) || c == '_' || c == '-'; }

// Characters a one-line plain value may hold after its first (alphanumeric) one. No `#` (a
// comment), no flow or other indicators, no tab; `:` only when a non-space follows.
bool plain_char(char c) {
   if (alnum(c)) return true;
   switch (c) {
      case ' ': case '_': case '.': case ',': case '/': case ':': case '+': case '-': case '(': case ')':
      case '?': case ';': case '=': return true;
      default: return false;
   }
}

bool word_char(char c) { return alnum(c) || c == '_' || c == '.' || c == '-'; }

// Whether the UTF-8 sequence at text[i] (valid or not) is one libyaml takes as printable and
// not as a line break inside a quoted scalar; advances i past it. ASCII: 0x20-0x7e only.
bool quoted_char(std::string_view text, std::size_t& i) {
   const auto byte = static_cast< unsigned char >(text[i]);
   if (byte < 0x80) {
      ++i;
      return byte >= 0x20 && byte < 0x7f;
   }
   std::size_t length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 0;
   if (length == 0 || byte > 0xf4 || i + length > text.size()) return false;
   std::uint32_t code = byte & (0x7f >> length);
   for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast< unsigned char >(text[i + k]);
      if ((next & 0xc0) != 0x80) return false;
      code = (code << 6) | (next & 0x3f);
   }
   const std::uint32_t smallest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
   if (code < smallest || code > 0x10ffff) return false;  // overlong or out of range
   i += length;
   if (code < 0xa0) return false;                          // C1 controls and NEL (a break)
   if (code == 0x2028 || code == 0x2029) return false;     // line and paragraph separators
   if (code >= 0xd800 && code <= 0xdfff) return false;
   if (code == 0xfeff || code == 0xfffe || code == 0xffff) return false;
   return true;
}

std::string_view trim_spaces_right(std::string_view text) {
   while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
   return text;
}

// A one-line plain scalar; nullopt when it is not of the simple form.
std::optional< Value > plain(std::string_view text) {
   text = trim_spaces_right(text);
   if (text.empty()) return Value();
   if (!alnum(text[0])) return std::nullopt;
   for (std::size_t i = 1; i < text.size(); ++i) {
      if (!plain_char(text[i])) return std::nullopt;
      if (text[i] == ':' && (i + 1 == text.size() || text[i + 1] == ' ')) return std::nullopt;
   }
   return resolve_plain_scalar(std::string(text));
}

// 'text' or "text" without escapes, then spaces only.
std::optional< Value > quoted(std::string_view text) {
   const char quote = text[0];
   std::size_t i = 1;
   while (i < text.size() && text[i] != quote) {
      if (text[i] == '\\' && quote == '"') return std::nullopt;
      if (!quoted_char(text, i)) return std::nullopt;
   }
   if (i == text.size() || !trim_spaces_right(text.substr(i + 1)).empty()) return std::nullopt;
   return Value(std::string(text.substr(1, i - 1)));
}

// [word, word, ...] then spaces only; each word plain.
std::optional< Value > flow_list(std::string_view text) {
   liquid::Array items;
   std::size_t i = 1;
   auto skip_spaces = [&] {
      while (i < text.size() && text[i] == ' ') ++i;
   };
   skip_spaces();
   if (i < text.size() && text[i] == ']') {
      ++i;
   } else {
      while (true) {
         skip_spaces();
         const std::size_t start = i;
         if (i >= text.size() || !alnum(text[i])) return std::nullopt;
         while (i < text.size() && word_char(text[i])) ++i;
         items.push_back(resolve_plain_scalar(std::string(text.substr(start, i - start))));
         skip_spaces();
         if (i < text.size() && text[i] == ',') {
            ++i;
            continue;
         }
         if (i < text.size() && text[i] == ']') {
            ++i;
            break;
         }
         return std::nullopt;
      }
   }
   if (!trim_spaces_right(text.substr(i)).empty()) return std::nullopt;
   return Value(std::move(items));
}

std::optional< Value > value_of(std::string_view text) {
   if (text.empty()) return Value();
   if (text[0] == '"' || text[0] == '\'') return quoted(text);
   if (text[0] == '[') return flow_list(text);
   return plain(text);
}

}  // namespace

std::optional< Value > parse_simple_yaml(std::string_view text) {
   if (text.compare(0, 3, "---") == 0) {
      if (text.compare(0, 4, "---\n") != 0) return std::nullopt;
      text.remove_prefix(4);
   }
   liquid::Hash hash;
   while (!text.empty()) {
      const std::size_t newline = text.find('\n');
      const std::string_view line = text.substr(0, newline);
      text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
      if (line.empty()) continue;
      std::size_t colon = 0;
      while (colon < line.size() && key_char(line[colon])) ++colon;
      if (colon == 0 || line[0] == '-' || colon == line.size() || line[colon] != ':') return std::nullopt;
      // libyaml gives up on a simple key longer than 1024 characters (a syntax error).
      if (colon > 1024) return std::nullopt;
      if (colon + 1 < line.size() && line[colon + 1] != ' ') return std::nullopt;
      std::size_t start = colon + 1;
      while (start < line.size() && line[start] == ' ') ++start;
      std::optional< Value > value = value_of(line.substr(start));
      if (!value) return std::nullopt;
      // Keys resolve as plain scalars do, as the general reader's.
      std::optional< Value > key = plain(line.substr(0, colon));
      if (!key) return std::nullopt;
      if (key->is_integer()) return std::nullopt;  // an Integer key: left to the general reader
      if (hash.find_key(*key)) return std::nullopt;  // duplicates: left to the general reader
      hash.set_key(*key, std::move(*value));  // `yes:` is the key true, as the general reader's
   }
   if (hash.size() == 0) return std::nullopt;
   return Value(std::move(hash));
}

}  // namespace jekyllpp::site
