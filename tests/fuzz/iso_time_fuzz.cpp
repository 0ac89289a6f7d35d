// libFuzzer target: match_iso_time, the hand-written reader of the ISO-like dates of front
// matter, against the ECMAScript pattern it stands for (iso_time_text.hpp), run by std::regex:
// the same answer and the same groups, or it aborts. Built by build.sh, not part of CTest.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <regex>
#include <string_view>

#include "jekyllpp/site/iso_time_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
   static const std::regex pattern(
      R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?)"
      R"(\s*(Z|UTC|GMT|[-+]\d{2}(?::?\d{2})?)?\s*$)");
   if (size > 256) return 0;  // std::regex recurses per character
   const std::string_view text(reinterpret_cast< const char* >(bytes), size);
   std::match_results< std::string_view::const_iterator > m;
   const bool expected = std::regex_match(text.begin(), text.end(), m, pattern);
   jekyllpp::site::IsoTimeGroups groups;
   const bool got = jekyllpp::site::match_iso_time(text, groups);
   bool same = got == expected;
   for (int i = 1; same && expected && i <= 8; ++i) {
      same = m[i].matched ? groups[i].data() && groups[i] == text.substr(std::size_t(m[i].first - text.begin()), std::size_t(m[i].length()))
                          : !groups[i].data();
   }
   if (!same) {
      std::fprintf(stderr, "match_iso_time differs from the pattern (regex %d, reader %d)\n", expected, got);
      __builtin_trap();
   }
   return 0;
}
