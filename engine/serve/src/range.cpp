#include "jekyllpp/serve/range.hpp"

#include <cctype>

namespace jekyllpp::serve {
namespace {

bool read_number(std::string_view s, std::size_t& pos, std::uint64_t& value) {
   std::size_t start = pos;
   value = 0;
   while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) {
      value = value * 10 + static_cast<std::uint64_t>(s[pos] - '0');
      ++pos;
   }
   return pos > start;
}

// One spec: "A-B", "A-", "-N" (what follows the match is ignored, as WEBrick's unanchored
// regexps do). False when it is none of them.
bool parse_spec(std::string_view spec, std::uint64_t size, bool& satisfiable, ByteRange& range) {
   std::size_t pos = 0;
   std::uint64_t first = 0, last = 0;
   if (!spec.empty() && spec[0] == '-') {
      ++pos;
      std::uint64_t suffix;
      if (!read_number(spec, pos, suffix)) return false;
      satisfiable = suffix > 0 && suffix <= size;
      range = {size - (satisfiable ? suffix : 0), size ? size - 1 : 0};
      return true;
   }
   if (!read_number(spec, pos, first) || pos >= spec.size() || spec[pos] != '-') return false;
   ++pos;
   last = size ? size - 1 : 0;
   std::uint64_t given;
   if (read_number(spec, pos, given) && given < last) last = given;
   satisfiable = first < size && first <= last;
   range = {first, last};
   return true;
}

}  // namespace

RangeResult parse_range(std::string_view header, std::uint64_t size, std::vector<ByteRange>& ranges) {
   ranges.clear();
   if (header.substr(0, 6) != "bytes=") return RangeResult::Malformed;
   std::string_view specs = header.substr(6);
   while (true) {
      std::size_t comma = specs.find(',');
      std::string_view spec = specs.substr(0, comma);
      bool satisfiable = false;
      ByteRange range{};
      if (!parse_spec(spec, size, satisfiable, range)) return RangeResult::Malformed;
      if (satisfiable) ranges.push_back(range);
      if (comma == std::string_view::npos) break;
      specs = specs.substr(comma + 1);
      while (!specs.empty() && std::isspace(static_cast<unsigned char>(specs.front()))) {
         specs.remove_prefix(1);
      }
   }
   return ranges.empty() ? RangeResult::Unsatisfiable : RangeResult::Satisfiable;
}

}  // namespace jekyllpp::serve
