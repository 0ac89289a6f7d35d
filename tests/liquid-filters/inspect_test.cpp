// Ruby's String#inspect and value inspect, as `{{ hash }}` and filters on arrays print them.
#include <catch2/catch.hpp>

#include "jekyllpp/liquid/ruby/to_s.hpp"

namespace liquid = jekyllpp::liquid;

namespace {
std::string inspect_string(std::string_view s) {
   std::string out;
   liquid::ruby::append_inspect_string(out, s);
   return out;
}
}  // namespace

TEST_CASE("String#inspect escapes like Ruby 3.1") {
   CHECK(inspect_string("a\"\\") == R"("a\"\\")");
   CHECK(inspect_string("#{x}#$y#@z#x") == R"("\#{x}\#$y\#@z#x")");
   CHECK(inspect_string("\x1b\x01\x7f") == R"("\e\u0001\u007F")");
   CHECK(inspect_string("\t\n\r\f\v\b\a") == R"("\t\n\r\f\v\b\a")");
   CHECK(inspect_string("é\u200b") == "\"é\u200b\"");
   CHECK(inspect_string("\u0084\u0085\u2028") == "\"\\u0084\u0085\\u2028\"");
   CHECK(inspect_string("\xff") == R"("\xFF")");
}

TEST_CASE("inspect of arrays and hashes") {
   liquid::Hash h;
   h.set("a", liquid::Value(1));
   h.set("b", liquid::Value(liquid::Array{liquid::Value(), liquid::Value(true), liquid::Value(1.5)}));
   CHECK(liquid::inspect(liquid::Value(std::move(h))) == R"({"a"=>1, "b"=>[nil, true, 1.5]})");
   CHECK(liquid::ruby::to_s(liquid::Value(liquid::Array{liquid::Value("x")})) == R"(["x"])");
}
