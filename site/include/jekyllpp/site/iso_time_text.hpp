#pragma once
// The ISO-like time text Jekyll's front matter dates take (Utils.parse_date's common forms), as
// the ECMAScript pattern
//   ^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?
//   \s*(Z|UTC|GMT|[-+]\d{2}(?::?\d{2})?)?\s*$
// matches it with regex_match, read by hand: a document's date is read this way, and std::regex
// took ~6,000 instructions a date (and ~4 M to compile the pattern).
#include <array>
#include <string_view>

namespace jekyllpp::site {

// Groups 1 to 8 of the pattern; a group that did not take part has a null data().
using IsoTimeGroups = std::array< std::string_view, 9 >;

// Whether `text` matches the whole pattern, with its groups.
bool match_iso_time(std::string_view text, IsoTimeGroups& groups);

}  // namespace jekyllpp::site
