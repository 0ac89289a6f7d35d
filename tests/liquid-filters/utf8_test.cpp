// String#valid_encoding? as utf8_valid answers it, at every place a byte may fall relative to the
// blocks of ASCII it skips at a time (Ruby: every string below with \xFF or a cut-off \xC3 is
// invalid, every one with a whole "é" valid).
#include <catch2/catch.hpp>
#include <string>

#include "jekyllpp/liquid/ruby/utf8.hpp"

using jekyllpp::liquid::ruby::utf8_valid;

TEST_CASE("utf8_valid finds a bad byte wherever it sits among ASCII runs") {
   for (std::size_t at = 0; at < 80; ++at) {
      INFO(at);
      const std::string before(at, 'x'), after(79 - at, 'x');
      CHECK_FALSE(utf8_valid(before + "\xFF" + after));
      CHECK(utf8_valid(before + "\xC3\xA9" + after));
      CHECK_FALSE(utf8_valid(before + "\xC3"));
   }
}
