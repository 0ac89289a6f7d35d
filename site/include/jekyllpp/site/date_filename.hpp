#pragma once
// Jekyll's Document::DATE_FILENAME_MATCHER as jekyllpp applies it to a whole path (the
// ECMAScript pattern ^(?:.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$ with regex_match),
// read by hand: every post's path is matched twice (listing the posts folder, then reading
// the post), and std::regex took thousands of instructions a path.
#include <string_view>

namespace jekyllpp::site {

struct DateFilename {
   std::string_view date, slug, ext;
};

// Whether `path` matches, with the three groups the pattern captures.
bool match_date_filename(std::string_view path, DateFilename& parts);

}  // namespace jekyllpp::site
