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
