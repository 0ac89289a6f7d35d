#pragma once
// kramdown's strong emphasis where cmark's flanking rules refuse it.
#include "cmark_nodes.hpp"

namespace jekyllpp::markdown {

// kramdown's strong needs no flanking: an opening `**` only not followed by whitespace, a
// closing one only not preceded by it. Pairs the `**` runs cmark left as text in the inline
// children of `parent` that way.
void pair_loose_strong(Node parent);

}  // namespace jekyllpp::markdown
