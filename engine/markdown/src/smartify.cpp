#include "jekyllpp/markdown/markdown.hpp"
#include "typography.hpp"

namespace jekyllpp::markdown {

std::string smartify(std::string_view text) {
   // kramdown's SmartyPants parser: text lines with smart quotes and typographic symbols; the
   // converter's output is chomped by Jekyll.
   std::string out;
   out.reserve(text.size() + 16);
   append_typographic(out, text, {}, default_quote_chars());
   while (!out.empty() && out.back() == '\n') out.pop_back();
   return out;
}

}  // namespace jekyllpp::markdown
