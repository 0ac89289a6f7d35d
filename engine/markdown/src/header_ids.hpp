#pragma once
// Header ids: kramdown-parser-gfm's algorithm (GFM input) and kramdown's own (headers inside
// `markdown="1"` HTML and kramdown input), each numbering duplicates with its own counter.
#include <string>
#include <string_view>
#include <unordered_map>

namespace jekyllpp::markdown {

class HeaderIds {
public:
   explicit HeaderIds(std::string prefix) : prefix_(std::move(prefix)) {}
   // GFM: downcased, non-word characters removed, spaces to '-'; duplicates get -1, -2...
   std::string gfm(std::string_view raw_text);
   // kramdown: leading non-letters dropped, [^a-zA-Z0-9 -] removed; "section" when empty.
   std::string kramdown(std::string_view raw_text);

private:
   std::string prefix_;
   std::unordered_map<std::string, int> gfm_counts_;
   std::unordered_map<std::string, int> kramdown_counts_;
};

}  // namespace jekyllpp::markdown
