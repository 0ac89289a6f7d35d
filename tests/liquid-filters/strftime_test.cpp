// Ruby's Time#strftime, as Liquid's `date` filter formats times. Expected strings are what
// Ruby 3.1 prints for Time.parse("2020-06-05 14:03:07.123456 -04:00").
#include <catch2/catch.hpp>
#include <stdexcept>

#include "jekyllpp/liquid/ruby/time.hpp"

namespace ruby = jekyllpp::liquid::ruby;

namespace {
jekyllpp::liquid::Time sample() {
   jekyllpp::liquid::Time t;
   t.utc_offset = -4 * 3600;
   t.seconds = ruby::epoch_seconds(2020, 6, 5, 14, 3, 7, t.utc_offset);
   t.nanoseconds = 123456000;
   return t;
}
std::string f(const char* format) { return ruby::strftime(sample(), format); }
}  // namespace

TEST_CASE("strftime: plain conversions") {
   CHECK(f("%Y-%m-%d %H:%M:%S") == "2020-06-05 14:03:07");
   CHECK(f("%a %A %b %B %h") == "Fri Friday Jun June Jun");
   CHECK(f("%e|%k|%l|%I|%p|%P") == " 5|14| 2|02|PM|pm");
   CHECK(f("%j %U %W %V %G %g %u %w") == "157 22 22 23 2020 20 5 5");
   CHECK(f("%C %y %s") == "20 20 1591380187");
   CHECK(f("%c") == "Fri Jun  5 14:03:07 2020");
   CHECK(f("%x|%X|%D|%F|%R|%T|%r") == "06/05/20|14:03:07|06/05/20|2020-06-05|14:03|14:03:07|02:03:07 PM");
   CHECK(f("%v") == " 5-JUN-2020");
   CHECK(f("%%|%n|%t") == "%|\n|\t");
}

TEST_CASE("strftime: flags and widths") {
   CHECK(f("%-d %_d %0d %-m/%-d") == "5  5 05 6/5");
   CHECK(f("%^b %#B %#p %^P %#a") == "JUN JUNE pm PM FRI");
   CHECK(f("%10A|%010A|%^10B") == "    Friday|0000Friday|      JUNE");
   CHECK(f("%4y %-I %-j") == "0020 2 157");
   CHECK(f("%^c") == "FRI JUN  5 14:03:07 2020");
   CHECK(f("%5%") == "    %");
}

TEST_CASE("strftime: fractions of a second") {
   CHECK(f("%L %N %3N %12N") == "123 123456000 123 123456000000");
}

TEST_CASE("strftime: zone offsets") {
   CHECK(f("%z %:z %::z %-z") == "-0400 -04:00 -04:00:00 -0400");
   CHECK(f("%_10z|%010z") == "      -400|-000000400");
   CHECK(f("%Z") == "");
}

TEST_CASE("strftime: unknown conversions are kept, an unfinished one raises") {
   CHECK(f("%Q %Ez %:d %Oy %EY") == "%Q %Ez %:d 20 2020");
   CHECK_THROWS_AS(f("a%"), std::invalid_argument);
   CHECK_THROWS_WITH(f("%-"), "invalid format: %-");
}

// Ruby reads a width up to INT_MAX; a longer one makes the conversion unknown (printed as it is),
// and a width that would grow the result past Ruby's size limit (a megabyte per character of the
// format) raises Errno::ERANGE. The fuzzer found the width overflowing int here.
TEST_CASE("strftime: widths beyond an int or Ruby's size limit") {
   CHECK(f("%66666666666666666666666666d") == "%66666666666666666666666666d");
   CHECK(f("%-99999999999d x %d") == "%-99999999999d x 05");
   CHECK(f("%2147483648d") == "%2147483648d");
   CHECK(f("%4718592d").size() == 4718592);
   CHECK_THROWS_AS(f("%4718593d"), std::length_error);
   CHECK_THROWS_AS(f("%2147483647%"), std::length_error);
   CHECK(f("ab%4718592d").size() == 4718594);
}
