#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/time_util.hpp"
#include "jekyllpp/site/yaml_value.hpp"
#include "tsv.hpp"

using namespace jekyllpp;
using namespace jekyllpp::site;

namespace {

std::string ruby_class(const liquid::Value& v) {
   switch (v.type()) {
      case liquid::Value::Type::Nil: return "NilClass";
      case liquid::Value::Type::Bool: return v.as_bool() ? "TrueClass" : "FalseClass";
      case liquid::Value::Type::Integer: return "Integer";
      case liquid::Value::Type::Float: return "Float";
      case liquid::Value::Type::String: return "String";
      case liquid::Value::Type::Time: return v.as_time().is_date ? "Date" : "Time";
      default: return "other";
   }
}

}  // namespace

TEST_CASE("yaml: plain scalars get Psych.safe_load's Ruby types", "[site][yaml]") {
   setenv("TZ", "UTC", 1);
   tzset();
   for (const auto& row : test::read_cases("yaml_scalars.tsv")) {
      INFO(row[0]);
      liquid::Value value = lookup(parse_yaml("v: " + row[0] + "\n"), "v");
      CHECK(ruby_class(value) == row[1]);
      if (value.is_time() && !value.as_time().is_date) {
         const auto& t = value.as_time();
         char nanos[16];
         std::snprintf(nanos, sizeof nanos, "%09d", t.nanoseconds);
         CHECK(strftime(t, "%Y-%m-%d %H:%M:%S.") + nanos + strftime(t, " %z") == row[2]);
      } else if (value.is_integer()) {
         CHECK(std::to_string(value.as_integer()) == row[2]);
      }
   }
}

TEST_CASE("yaml: quoted scalars stay strings, maps keep their order", "[site][yaml]") {
   liquid::Value doc = parse_yaml("b: '1'\na: \"yes\"\nc: [1, two]\n");
   REQUIRE(doc.is_hash());
   std::vector< std::string > keys;
   for (const auto& entry : doc.as_hash()) keys.push_back(entry.first);
   CHECK(keys == std::vector< std::string >{"b", "a", "c"});
   CHECK(doc.as_hash().find("b")->is_string());
   CHECK(doc.as_hash().find("a")->as_string() == "yes");
   CHECK(doc.as_hash().find("c")->as_array().size() == 2);
}

TEST_CASE("yaml: syntax errors are reported, not crashed on", "[site][yaml]") {
   CHECK_THROWS_AS(parse_yaml("a: [1, 2\nb: c: d\n"), YamlError);
}

// Psych reads sexagesimal integers of any size (Bignums); one beyond long long stays text here,
// as other such integers do. The front-matter fuzzer found std::stoll's out_of_range escaping.
TEST_CASE("yaml: sexagesimal integers beyond long long stay text", "[site][yaml]") {
   CHECK(lookup(parse_yaml("v: 1:30\n"), "v").as_integer() == 5400);
   CHECK(lookup(parse_yaml("v: -1:00:00\n"), "v").as_integer() == -3600);
   CHECK(lookup(parse_yaml("v: 88888888888888888888888888:09\n"), "v").as_string() == "88888888888888888888888888:09");
   CHECK(lookup(parse_yaml("v: 153722867280912930:07\n"), "v").as_string() == "153722867280912930:07");
}

TEST_CASE("yaml: double-quoted \\_ and \\N escapes are UTF-8 characters, as Psych reads them", "[site][yaml]") {
   // Psych: YAML.load('t: "1\_25 \N é"') is {"t"=>"1\u00A025 \u0085 é"}, and a key's escape the same
   liquid::Value doc = parse_yaml("t: \"1\\_25 \\N \xC3\xA9\"\n\"k\\_\": v\n");
   CHECK(lookup(doc, "t").as_string() == "1\xC2\xA0" "25 \xC2\x85 \xC3\xA9");
   CHECK(lookup(doc, "k\xC2\xA0").as_string() == "v");
}
