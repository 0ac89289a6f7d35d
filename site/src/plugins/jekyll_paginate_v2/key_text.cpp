#include "plugins/jekyll_paginate_v2/key_text.hpp"

#include <cctype>

#include "filters/text.hpp"

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

liquid::Array index_items(const liquid::Value* value) {
   liquid::Array items;
   if (!value || value->is_nil()) return items;
   if ((value->is_array() && value->as_array().empty()) || (value->is_string() && value->as_string().empty()))
      return items;
   if (strip(filters::ruby_to_s(*value)).empty()) return items;
   if (value->is_string()) {
      for (const std::string& part : split_on(value->as_string(), ";, \t\n\v\f\r")) items.push_back(liquid::Value(part));
   } else if (value->is_array()) {
      items = value->as_array();
   } else {
      items.push_back(*value);
   }
   return items;
}

}  // namespace jekyllpp::site::plugins::paginate_v2
