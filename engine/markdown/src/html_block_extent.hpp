#pragma once
// How far kramdown reads a block-level HTML element in the source.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "html_tags.hpp"

namespace jekyllpp::markdown {

// Where the block-model element whose start tag `tag` is at `pos` on line `first` ends: after
// the end tag that starts a later line at its nesting depth (kramdown's parse_blocks ends the
// element there, whatever the lines between hold), `close` set to where that end tag starts;
// the end of `src` (and `close`) when the only end tags follow text on their lines (a
// paragraph's text then); npos when there is none at all or the element ends on its first line.
size_t block_element_end(std::string_view src, const std::vector<std::string_view>& lines,
                         const std::vector<size_t>& offsets, size_t first, size_t pos,
                         const HtmlTag& tag, size_t& close);

}  // namespace jekyllpp::markdown
