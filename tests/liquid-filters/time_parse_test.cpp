// Ruby's Time.parse, as Liquid's Utils.to_date reads date strings. Expected results are
// Ruby 3.1's with TZ=UTC; missing parts come from the clock (SOURCE_DATE_EPOCH here).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>
#include <stdexcept>

#include "jekyllpp/liquid/ruby/time.hpp"

namespace ruby = jekyllpp::liquid::ruby;

namespace {
std::string parsed(const char* text, const char* format = "%Y-%m-%d %H:%M:%S %z") {
   setenv("TZ", "UTC", 1);
   setenv("SOURCE_DATE_EPOCH", "1704067318", 1);  // 2024-01-01 00:01:58 UTC
   auto t = ruby::parse_time(text);
   return t ? ruby::strftime(*t, format) : "error";
}
}  // namespace

TEST_CASE("Time.parse: ISO dates and times") {
   CHECK(parsed("2020-06-15") == "2020-06-15 00:00:00 +0000");
   CHECK(parsed("2020-06-15 14:30:00") == "2020-06-15 14:30:00 +0000");
   CHECK(parsed("2020-06-15T14:30:00.123+02:00", "%H:%M:%S.%L %z") == "14:30:00.123 +0200");
   CHECK(parsed("2020-06-15 14:30:00 -0400") == "2020-06-15 14:30:00 -0400");
   CHECK(parsed("2020-06-15 14:30:00 -04:00") == "2020-06-15 14:30:00 -0400");
   CHECK(parsed("2020-06-15 14:30:00 EST") == "2020-06-15 14:30:00 -0500");
   CHECK(parsed("2020-06-15 14:30:00 UTC", "%Z") == "UTC");
   CHECK(parsed("2020-06-15 12:30 am") == "2020-06-15 00:30:00 +0000");
   CHECK(parsed("20200615T143000") == "2020-06-15 14:30:00 +0000");
}

TEST_CASE("Time.parse: written dates") {
   CHECK(parsed("Fri Jul 16 01:00:00 2004") == "2004-07-16 01:00:00 +0000");
   CHECK(parsed("July 16, 2004") == "2004-07-16 00:00:00 +0000");
   CHECK(parsed("16 July 2004") == "2004-07-16 00:00:00 +0000");
   CHECK(parsed("16-Jul-2004") == "2004-07-16 00:00:00 +0000");
   CHECK(parsed("Mon, 15 Jun 2020 14:30:45 -0400") == "2020-06-15 14:30:45 -0400");
   CHECK(parsed("1 Jan 70") == "1970-01-01 00:00:00 +0000");
   CHECK(parsed("Jun 2020") == "2020-06-01 00:00:00 +0000");
   CHECK(parsed("2020/06/15") == "2020-06-15 00:00:00 +0000");
   CHECK(parsed("15.06.2020") == "2020-06-15 00:00:00 +0000");
   CHECK(parsed("10/11/12") == "2010-11-12 00:00:00 +0000");
}

TEST_CASE("Time.parse: missing parts come from now") {
   CHECK(parsed("12:00") == "2024-01-01 12:00:00 +0000");
   CHECK(parsed("2pm") == "2024-01-01 14:00:00 +0000");
   CHECK(parsed("Jul 16") == "2024-07-16 00:00:00 +0000");
   CHECK(parsed("5th") == "2024-01-05 00:00:00 +0000");
}

TEST_CASE("Time.parse: a signed month or day is read without its sign (s3e's /\\d+/)") {
   CHECK(parsed("2026/-1/26") == "2024-01-26 00:00:00 +0000");  // "-1/26" is month and day; the year from now
   CHECK(parsed("2026/-2/26") == "2024-02-26 00:00:00 +0000");
   CHECK(parsed("2026/1/-5") == "2026-01-05 00:00:00 +0000");
   CHECK(parsed("12/-3/2020") == "2020-03-01 00:00:00 +0000");
}

TEST_CASE("Time.parse: what Ruby rejects") {
   CHECK(parsed("abc") == "error");
   CHECK(parsed("2020-13-45") == "error");
   CHECK(parsed("06/15/2020") == "error");
   CHECK(parsed("2020-06-15 25:00") == "error");
   CHECK(parsed("2020-02-30") == "2020-03-01 00:00:00 +0000");
}

// Date._parse keeps numbers of any size; Time.local takes every part but the year as a C int.
TEST_CASE("Time.parse: numbers beyond a C int or int64") {
   CHECK(parsed("Fri Jul 16 01:00:00 200000000000") == "200000000000-07-16 01:00:00 +0000");
   CHECK_THROWS_AS(parsed("Jul 16 99999999999:00 2004"), std::out_of_range);  // Ruby: RangeError
   CHECK_THROWS_AS(parsed("Jul 16 01:99999999999999999999999 2004"), std::out_of_range);
   // Ruby gives the year 11111111111111111111112004; here a year beyond 2e11 is no date (its
   // seconds would not fit int64). The fuzzer found the digits overflowing int64 here.
   CHECK(parsed("Fri Jul 16 01:00:00 11111111111111111111112004") == "error");
   // With a sign the digits are a zone Time does not know; the year comes from now.
   CHECK(parsed("Fri Jul 16 01:00:00 -11111111111111111111112004") == "2024-07-16 01:00:00 +0000");
}

TEST_CASE("Time.parse: local times across daylight-saving changes, as Ruby's Time.local") {
   setenv("TZ", "America/New_York", 1);
   tzset();
   auto at = [](const char* text) { return ruby::strftime(*ruby::parse_time(text), "%Y-%m-%d %H:%M:%S %z"); };
   CHECK(at("2020-01-15 10:00") == "2020-01-15 10:00:00 -0500");
   CHECK(at("2020-07-04 10:00") == "2020-07-04 10:00:00 -0400");
   CHECK(at("2020-03-08 02:30:00") == "2020-03-08 03:30:00 -0400");  // skipped hour
   CHECK(at("2020-11-01 01:30:00") == "2020-11-01 01:30:00 -0500");  // repeated hour: the later one
   setenv("TZ", "UTC", 1);
   tzset();
}
