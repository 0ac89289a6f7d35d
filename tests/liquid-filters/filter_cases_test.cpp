// Every standard filter over a matrix of input types and argument kinds, and edge cases of dates,
// numbers, strings, escapes and arrays: outputs (or Liquid errors) as Liquid 5.4.0 rendered them
// with the frozen clock 2024-01-01T00:01:58Z in UTC (filter_cases-NN.json, from
// generate_filter_cases.rb).
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <yaml-cpp/yaml.h>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/template.hpp"
#include "spec_data.hpp"

namespace liquid = jekyllpp::liquid;

namespace {
std::string render(const liquid::Environment& env, const std::string& source, const liquid::Value& assigns) {
   try {
      liquid::ParseOptions options;
      options.error_mode = liquid::ErrorMode::Warn;
      const liquid::Template t = liquid::Template::parse(source, env, options);
      liquid::Context context(env, assigns);
      return t.render(context);
   } catch (const liquid::Error& e) {
      return "ERROR: " + e.ruby_class() + ": " + e.full_message();
   }
}
}  // namespace

TEST_CASE("standard filters render as Liquid 5.4.0 does") {
   setenv("TZ", "UTC", 1);
   setenv("SOURCE_DATE_EPOCH", "1704067318", 1);
   const liquid::Environment env = liquid::Environment::standard();
   std::size_t checked = 0;
   for (int part = 1;; ++part) {
      char name[32];
      std::snprintf(name, sizeof name, "/filter_cases-%02d.json", part);
      const std::string path = JEKYLLPP_SOURCE_DIR "/tests/liquid-filters" + std::string(name);
      if (!std::ifstream(path)) break;
      const YAML::Node data = YAML::LoadFile(path);
      for (const YAML::Node& group : data["groups"]) {
         const liquid::Value assigns = liquid::spec::to_value(group["environment"]);
         for (const YAML::Node& c : group["cases"]) {
            const std::string source = c[0].as< std::string >();
            const std::string expected = c[1].as< std::string >();
            const std::string got = render(env, source, assigns);
            if (got != expected) FAIL_CHECK(source << "\n  got:      " << got << "\n  expected: " << expected);
            ++checked;
         }
      }
   }
   CHECK(checked > 51000);
}
