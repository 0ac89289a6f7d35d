#pragma once
// Shared by the lexers whose literals pick their own delimiters (Ruby's %q(...), Elixir's
// ~r/.../): the delimiter as a regex atom, and the character that closes it.
#include <string>
#include <string_view>

namespace jekyllpp::highlight {

// Ruby's Regexp.escape for one delimiter character.
inline std::string regex_escape(char c) {
   if (std::string_view(".*?+^$|\\()[]{}-# ").find(c) != std::string_view::npos)
      return std::string("\\") + c;
   return std::string(1, c);
}

// The closing partner of a bracket delimiter; any other delimiter closes itself.
inline char closing_delimiter(char open) {
   switch (open) {
      case '{': return '}';
      case '[': return ']';
      case '(': return ')';
      case '<': return '>';
      default: return open;
   }
}

}  // namespace jekyllpp::highlight
