#include "plugins/jekyll_paginate_v2/key_text.hpp"

#include <cctype>

namespace jekyllpp::site::plugins::paginate_v2 {

std::string downcase(std::string text) {
   for (char& c : text) c = char(std::tolower(static_cast< unsigned char >(c)));
   return text;
}

std::string strip(const std::string& text) {
   const char* space = " \t\n\v\f\r";
   std::size_t first = text.find_first_not_of(space);
   if (first == std::string::npos) return "";
   return text.substr(first, text.find_last_not_of(space) - first + 1);
}

std::vector< std::string > split_on(const std::string& text, std::string_view separators) {
   std::vector< std::string > parts(1);
   for (char c : text) {
      if (separators.find(c) != std::string_view::npos) parts.emplace_back();
      else parts.back() += c;
   }
   while (!parts.empty() && parts.back().empty()) parts.pop_back();
   return parts;
}

}  // namespace jekyllpp::site::plugins::paginate_v2
