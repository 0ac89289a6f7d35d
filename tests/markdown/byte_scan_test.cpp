// find_byte_of (engine/markdown/src/byte_scan.hpp) against a byte-at-a-time scan: every length
// around the 16-byte blocks, every start, texts shorter than a block and tails after blocks.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "byte_scan.hpp"

using jekyllpp::markdown::find_byte_of;

namespace {

template <bool NonAscii>
std::size_t naive(std::string_view s, std::size_t from, std::string_view set) {
   for (std::size_t i = from; i < s.size(); ++i)
      if ((NonAscii && static_cast<unsigned char>(s[i]) >= 0x80) || set.find(s[i]) != std::string_view::npos) return i;
   return s.size();
}

}  // namespace

TEST_CASE("find_byte_of finds what a byte-at-a-time scan finds", "[markdown][byte_scan]") {
   std::mt19937 random(20261203);
   // Mostly letters; the set's bytes, a non-ASCII byte and NUL now and then.
   const std::string alphabet = std::string("abcdefghij  abcdefghij*_~&\"\xC3") + std::string(1, '\0');
   std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
   for (int round = 0; round < 200; ++round) {
      for (std::size_t length = 0; length <= 50; ++length) {
         std::string text(length, ' ');
         for (char& c : text) c = alphabet[pick(random)];
         // The text inside a larger buffer: bytes past its end (set bytes) must not count.
         std::string buffer = text + "*&\"~_\xC3";
         std::string_view s(buffer.data(), length);
         for (std::size_t from = 0; from <= length + 1; ++from) {
            REQUIRE(find_byte_of<false, '*', '_', '~'>(s, from) == naive<false>(s, from, "*_~"));
            REQUIRE(find_byte_of<true, '"', '&'>(s, from) == naive<true>(s, from, "\"&"));
         }
      }
   }
}
