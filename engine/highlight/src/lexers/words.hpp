#pragma once
// A set of words given as one space-separated literal, as Rouge's %w() lists are written.
#include <string>
#include <string_view>
#include <unordered_set>

namespace jekyllpp::highlight {

class Words {
public:
   explicit Words(std::string_view list) {
      std::size_t pos = 0;
      while (pos < list.size()) {
         std::size_t start = list.find_first_not_of(" \n", pos);
         if (start == std::string_view::npos) break;
         std::size_t end = list.find_first_of(" \n", start);
         if (end == std::string_view::npos) end = list.size();
         words_.insert(list.substr(start, end - start));
         pos = end;
      }
   }
   bool has(std::string_view word) const { return words_.count(word) > 0; }

private:
   std::unordered_set<std::string_view> words_;
};

// ASCII case mappings, for lexers that look words up in upper or lower case as Rouge's do.
inline std::string ascii_upcase(std::string_view word) {
   std::string out(word);
   for (char& c : out) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
   }
   return out;
}

inline std::string ascii_downcase(std::string_view word) {
   std::string out(word);
   for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
   }
   return out;
}

// The words of a space-separated list as a regex alternation: "a b c" -> "a|b|c".
inline std::string alternation(std::string_view list) {
   std::string out;
   std::size_t pos = 0;
   while (pos < list.size()) {
      std::size_t start = list.find_first_not_of(" \n", pos);
      if (start == std::string_view::npos) break;
      std::size_t end = list.find_first_of(" \n", start);
      if (end == std::string_view::npos) end = list.size();
      if (!out.empty()) out += '|';
      out += list.substr(start, end - start);
      pos = end;
   }
   return out;
}

}  // namespace jekyllpp::highlight
