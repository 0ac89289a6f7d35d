#pragma once
// kramdown parses nested blocks by recursion and overflows Ruby's stack on deep enough nesting
// (Jekyll then stops with SystemStackError); the converter stops at the same depth.
#include <cmark-gfm.h>

namespace jekyllpp::markdown {

// Throws NestingTooDeep when blockquotes and list items nest deeper than kramdown can parse.
void check_nesting(cmark_node* document);

}  // namespace jekyllpp::markdown
