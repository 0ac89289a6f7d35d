#include <catch2/catch.hpp>
#include <cstdio>

#include "jekyllpp/liquid/ruby/to_s.hpp"
#include "jekyllpp/site/time_util.hpp"
#include "jekyllpp/site/toml_value.hpp"
#include "tsv.hpp"

using namespace jekyllpp;
using namespace jekyllpp::site;

namespace {

// The generator's `show`: Ruby's inspect, with Times shown to the nanosecond.
std::string show(const liquid::Value& v) {
   std::string out;
   if (v.is_hash()) {
      out = "{";
      for (const auto& [key, item] : v.as_hash()) {
         if (out.size() > 1) out += ", ";
         liquid::ruby::append_inspect_string(out, key);
         out += "=>" + show(item);
      }
      return out + "}";
   }
   if (v.is_array()) {
      out = "[";
      for (const auto& item : v.as_array()) out += (out.size() > 1 ? ", " : "") + show(item);
      return out + "]";
   }
   if (v.is_time()) {
      char nanos[16];
      std::snprintf(nanos, sizeof nanos, "%09d", int(v.as_time().nanoseconds));
      return "T(" + strftime(v.as_time(), "%Y-%m-%d %H:%M:%S.") + nanos + strftime(v.as_time(), " %z)");
   }
   return liquid::inspect(v);
}

}  // namespace

TEST_CASE("toml: what tomlrb 1.3.0 (Jekyll's .toml config reader) makes of each document", "[site][toml]") {
   const auto rows = test::read_cases("toml.tsv");
   REQUIRE(rows.size() > 80);
   for (const auto& row : rows) {
      INFO(row[0]);
      try {
         const liquid::Value value = parse_toml(row[0]);
         CHECK(row[1] == "ok");
         CHECK(show(value) == row[2]);
      } catch (const TomlError& e) {
         CHECK(e.ruby_class() == row[1]);
         CHECK(std::string(e.what()) == row[2]);
      }
   }
}

TEST_CASE("toml: long strings and comments scan without deep recursion", "[site][toml]") {
   // A std::regex scanner overflowed the stack here (200,000 characters).
   const std::string run(200000, 'x');
   const liquid::Value value =
      parse_toml("a = \"\"\"" + run + "\"\"\"\nb = \"" + run + "\"\nc = '" + run + "'\n# " + run + "\n");
   CHECK(value.as_hash().find("a")->as_string().size() == run.size());
   CHECK(value.as_hash().find("b")->as_string().size() == run.size());
   CHECK(value.as_hash().find("c")->as_string().size() == run.size());
}
