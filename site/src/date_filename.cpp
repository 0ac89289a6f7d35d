#include "jekyllpp/site/date_filename.hpp"

#include <utility>

namespace jekyllpp::site {
namespace {

std::size_t digits_at(std::string_view s, std::size_t at) {
   std::size_t n = 0;
   while (at + n < s.size() && s[at + n] >= '0' && s[at + n] <= '9') ++n;
   return n;
}

// The rest of the path after the folders: `date-slug.ext`. Each digit run must end at its `-`,
// so the date's lengths are fixed; the extension starts at the last `.` (it holds none), and
// the slug before it holds no `/`.
bool match_name(std::string_view rest, DateFilename& parts) {
   std::size_t at = 0;
   for (auto [least, most] : {std::pair<std::size_t, std::size_t>{2, 4}, {1, 2}, {1, 2}}) {
      std::size_t n = digits_at(rest, at);
      if (n < least || n > most || at + n >= rest.size() || rest[at + n] != '-') return false;
      at += n + 1;
   }
   std::size_t dot = rest.rfind('.');
   if (dot == std::string_view::npos || dot < at || dot + 1 >= rest.size()) return false;
   if (rest.substr(at, dot - at).find('/') != std::string_view::npos) return false;
   parts.date = rest.substr(0, at - 1);
   parts.slug = rest.substr(at, dot - at);
   parts.ext = rest.substr(dot);
   return true;
}

}  // namespace

bool match_date_filename(std::string_view path, DateFilename& parts) {
   // The lazy folder group tries no folder first, then one `.+/` (any folders: `.` takes `/`)
   // from the longest to the shortest. `.` takes no line terminator.
   if (match_name(path, parts)) return true;
   // find_first_of would call memchr once per character of the path
   std::size_t line_end = 0;
   while (line_end < path.size() && path[line_end] != '\n' && path[line_end] != '\r') ++line_end;
   for (std::size_t slash = path.rfind('/'); slash != std::string_view::npos && slash >= 1;
        slash = path.rfind('/', slash - 1)) {
      if (slash > line_end) continue;
      if (match_name(path.substr(slash + 1), parts)) return true;
   }
   return false;
}

}  // namespace jekyllpp::site
