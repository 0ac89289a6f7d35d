#include <catch2/catch.hpp>

#include <random>
#include <regex>
#include <string>

#include "jekyllpp/site/iso_time_text.hpp"

using namespace jekyllpp::site;

// The hand reader against the std::regex it replaces, on random texts made of the pieces the
// pattern turns on (digit runs of every length, separators, zones, spaces of every kind).
TEST_CASE("match_iso_time: the same matches and groups as the regex", "[site][iso_time]") {
   const std::regex pattern(
      R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?)"
      R"(\s*(Z|UTC|GMT|[-+]\d{2}(?::?\d{2})?)?\s*$)");
   const char* pieces[] = {"2024", "1",  "12", "123", "00000", "-",  "-",   ":",  ":", ".",  "T", "t",  " ",
                           "  ",   "\t", "\n", "\v", "\r",    "Z",  "UTC", "GMT", "+", "-",  "x", "ZZ", "U",
                           "T07:08", " 7:08", ":09", ".5", ".1234567891", "+05:30", "-0530", "+05"};
   const std::size_t count = sizeof pieces / sizeof *pieces;
   std::mt19937 rng(11);
   long matched = 0, differing = 0;
   for (int i = 0; i < 300000; ++i) {
      std::string text;
      if (rng() % 3) {  // a date first, then pieces
         if (rng() % 4 == 0) text += " ";
         text += std::string(3 + rng() % 3, '2') + "-" + std::string(1 + rng() % 3, '1') + "-" +
                 std::string(1 + rng() % 3, '3');
      }
      auto pick = [&](std::initializer_list< const char* > options) { return *(options.begin() + rng() % options.size()); };
      if (rng() % 2) {  // a time of day and a zone, each part right or nearly right
         text += pick({"T", "t", " ", "\t ", "", "x"});
         text += pick({"7", "07", "123", ""}) + std::string(":") + pick({"08", "8", "089"});
         if (rng() % 2) text += pick({":09", ":9", ":", ":099"}) + std::string(rng() % 2 ? pick({".5", ".", ".12345678912"}) : "");
         text += pick({"", " ", "\n"});
         text += pick({"", "Z", "UTC", "GMT", "+05:30", "-0530", "+05", "+5", "+05:3", "utc"});
         text += pick({"", " ", "\r\n"});
      }
      for (int n = int(rng() % 4) - 1; n > 0; --n) text += pieces[rng() % count];
      std::smatch m;
      IsoTimeGroups groups;
      const bool expected = std::regex_match(text, m, pattern);
      const bool actual = match_iso_time(text, groups);
      matched += expected;
      bool same = expected == actual;
      for (int g = 1; same && expected && g <= 8; ++g)
         same = m[g].matched == (groups[g].data() != nullptr) && (!m[g].matched || m[g].str() == groups[g]);
      differing += !same;
   }
   CHECK(matched > 5000);
   CHECK(differing == 0);
   IsoTimeGroups groups;
   REQUIRE(match_iso_time(" 2024-1-05T07:08:09.5 +05:30 ", groups));
   CHECK(groups[3] == "05");
   CHECK(groups[7] == "5");
   CHECK(groups[8] == "+05:30");
   CHECK_FALSE(match_iso_time("2024-01-05 07:08 +5", groups));
}
