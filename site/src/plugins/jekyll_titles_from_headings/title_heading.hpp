#pragma once
// TITLE_REGEX of jekyll-titles-from-headings, matched as Ruby does:
//   \A\s*(?:\#{1,3}\s+(.*)(?:\s+\#{1,3})?|(.*)\r?\n[-=]+\s*)$
// an ATX heading (up to three #) or a Setext heading, after any leading whitespace.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jekyllpp::site::plugins::titles_from_headings {

struct Heading {
   std::string text;      // the captured heading text (to end of its line)
   std::size_t end = 0;   // where the whole match ends (what strip_title removes)
};

std::optional< Heading > match_heading(std::string_view content);

}  // namespace jekyllpp::site::plugins::titles_from_headings
