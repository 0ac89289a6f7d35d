#pragma once
// Rouge's Indentation mixin (Sass, Haml, Slim): a line indented deeper than the line that started
// a block (a comment, a filter) continues that block; any other line starts over in "content".
// Storage in the Runner: str names the block's state; strs[0] holds the block's indentation and
// strs[1] the last line's (call start_indentation on start); vars[0] says a block is open,
// vars[1] that a line was seen.
#include <string>
#include <string_view>

#include "lexer.hpp"

namespace jekyllpp::highlight {

inline void start_indentation(Runner& r) { r.strs = {"", ""}; }

inline void starts_block(Runner& r, std::string_view state) {
   r.str = state;
   r.vars[0] = 1;
   r.strs[0] = r.vars[1] ? r.strs[1] : std::string();
}

inline void indentation(Runner& r, std::string_view indent) {
   r.strs[1] = indent;
   r.vars[1] = 1;
   const std::string& block = r.strs[0];
   if (r.vars[0] && indent.substr(0, block.size()) == block && indent != block) {
      r.push(r.str);
   } else {
      r.vars[0] = 0;
      r.push("content");
   }
}

}  // namespace jekyllpp::highlight
