#include "lexer_options.hpp"

namespace jekyllpp::highlight {

namespace {

int hex_value(char c) {
   if (c >= '0' && c <= '9') return c - '0';
   if (c >= 'a' && c <= 'f') return c - 'a' + 10;
   if (c >= 'A' && c <= 'F') return c - 'A' + 10;
   return -1;
}

// CGI.unescape: "+" is a space, "%XX" a byte.
std::string unescape(std::string_view s) {
   std::string out;
   for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '+') {
         out += ' ';
      } else if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 &&
                 hex_value(s[i + 2]) >= 0) {
         out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
         i += 2;
      } else {
         out += s[i];
      }
   }
   return out;
}

std::vector<std::string> split_commas(const std::string& s) {
   // Ruby's String#split(","): empty fields kept except at the end.
   std::vector<std::string> parts;
   std::size_t start = 0;
   while (true) {
      std::size_t comma = s.find(',', start);
      parts.push_back(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
      if (comma == std::string::npos) break;
      start = comma + 1;
   }
   while (!parts.empty() && parts.back().empty()) parts.pop_back();
   return parts;
}

}  // namespace

LexerOptions LexerOptions::parse(std::string_view query) {
   LexerOptions options;
   std::size_t start = 0;
   while (start <= query.size()) {
      std::size_t end = query.find_first_of("&;", start);
      if (end == std::string_view::npos) end = query.size();
      std::string_view pair = query.substr(start, end - start);
      start = end + 1;
      if (pair.empty()) continue;  // "".split("=") has no key
      std::size_t eq = pair.find('=');
      auto& values = options.values_[unescape(pair.substr(0, eq))];
      if (eq != std::string_view::npos) values.push_back(unescape(pair.substr(eq + 1)));
   }
   return options;
}

bool LexerOptions::as_bool(std::string_view key, bool fallback) const {
   auto it = values_.find(key);
   if (it == values_.end()) return fallback;
   if (it->second.empty()) return true;
   const std::string& v = it->second.back();
   return !(v == "0" || v == "false" || v == "off");
}

std::vector<std::string> LexerOptions::as_list(std::string_view key) const {
   std::vector<std::string> out;
   auto it = values_.find(key);
   if (it == values_.end()) return out;
   for (const std::string& v : it->second)
      for (std::string& part : split_commas(v)) out.push_back(std::move(part));
   return out;
}

std::optional<std::string> LexerOptions::as_string(std::string_view key) const {
   auto it = values_.find(key);
   if (it == values_.end() || it->second.empty()) return std::nullopt;
   return it->second.back();
}

void LexerOptions::erase(std::string_view key) {
   auto it = values_.find(key);
   if (it != values_.end()) values_.erase(it);
}

}  // namespace jekyllpp::highlight
