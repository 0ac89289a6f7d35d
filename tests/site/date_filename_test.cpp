#include <catch2/catch.hpp>

#include <random>
#include <regex>
#include <string>

#include "jekyllpp/site/date_filename.hpp"

using namespace jekyllpp::site;

// The hand matcher against the std::regex it replaces, on random paths made of the pieces the
// pattern turns on (digit runs of every length, `-`, `/`, `.`, line terminators).
TEST_CASE("match_date_filename: the same matches and groups as the regex", "[site][date_filename]") {
   const std::regex pattern(R"(^(?:.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$)");
   const char* pieces[] = {"2000", "20", "200", "20000", "1", "01", "-", "-", "/", "/",
                           ".",    ".md", "a", "slug", "_posts/", "\n", "\r", "x.y", "12"};
   std::mt19937 rng(7);
   long matched = 0, differing = 0;
   for (int i = 0; i < 200000; ++i) {
      std::string path;
      for (int n = int(rng() % 12); n > 0; --n) path += pieces[rng() % 19];
      if (rng() % 2 == 0) {  // a date-like name: digit runs of 1 to 5, 1 to 3, 1 to 3
         std::string date;
         for (int most : {5, 3, 3}) date += std::string(1 + rng() % most, char('0' + rng() % 10)) + "-";
         path = std::string(rng() % 2 ? "_posts/" : "") + date + path;
      }
      std::smatch m;
      DateFilename parts;
      bool expected = std::regex_match(path, m, pattern);
      bool actual = match_date_filename(path, parts);
      matched += expected;
      if (expected != actual || (expected && (m[1].str() != parts.date || m[2].str() != parts.slug ||
                                              m[3].str() != parts.ext)))
         ++differing;
   }
   CHECK(matched > 5000);
   CHECK(differing == 0);
   DateFilename parts;
   REQUIRE(match_date_filename("_posts/blog/2024-1-05-my.post.md", parts));
   CHECK(parts.date == "2024-1-05");
   CHECK(parts.slug == "my.post");
   CHECK(parts.ext == ".md");
   CHECK_FALSE(match_date_filename("_posts/2024-01-05.md", parts));
}
