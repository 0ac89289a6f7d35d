#include <catch2/catch.hpp>
#include <fstream>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/frontmatter_defaults.hpp"
#include "jekyllpp/site/logger.hpp"
#include "jekyllpp/site/yaml_value.hpp"

using namespace jekyllpp;
using namespace jekyllpp::site;

namespace {

std::string text(const liquid::Value& v) { return v.is_nil() ? "nil" : liquid::to_output(v); }

}  // namespace

TEST_CASE("config: DEFAULTS < config files in order < command line (Jekyll.configuration)", "[site][config]") {
   std::string dir = "/tmp/jekyllpp-config-test";
   std::system(("mkdir -p " + dir).c_str());
   std::ofstream(dir + "/a.yml") << "title: A\nkramdown:\n  input: kramdown\n  hard_wrap: true\npermalink: pretty\n";
   std::ofstream(dir + "/b.yml") << "title: B\nkramdown:\n  hard_wrap: false\nexclude: [secret]\n";
   Logger logger;
   logger.set_level(Logger::Level::Error);
   liquid::Hash overrides;
   overrides.set("source", dir);
   overrides.set("config", liquid::Value(liquid::Array{liquid::Value(dir + "/a.yml"), liquid::Value(dir + "/b.yml")}));
   overrides.set("baseurl", "/blog");
   Config config = load_config(liquid::Value(std::move(overrides)), logger);

   CHECK(text(config.get("title")) == "B");
   CHECK(text(config.get("baseurl")) == "/blog");
   CHECK(text(lookup(config.get("kramdown"), "input")) == "kramdown");
   CHECK(text(lookup(config.get("kramdown"), "hard_wrap")) == "false");
   CHECK(text(lookup(config.get("kramdown"), "smart_quotes")) == "lsquo,rsquo,ldquo,rdquo");
   CHECK(text(config.get("markdown_ext")) == "markdown,mkdown,mkdn,mkd,md");
   // add_default_collections: posts output with the style's permalink.
   const liquid::Value& posts = lookup(config.get("collections"), "posts");
   CHECK(text(lookup(posts, "output")) == "true");
   CHECK(text(lookup(posts, "permalink")) == "/:categories/:year/:month/:day/:title/");
   // add_default_excludes appends Jekyll's list after the site's own entries.
   std::vector< std::string > exclude = config.strings("exclude");
   REQUIRE(exclude.size() == 11);
   CHECK(exclude[0] == "secret");
   CHECK(exclude[1] == ".sass-cache");
   CHECK(exclude[10] == "vendor/ruby/");
   CHECK(config.source == dir);
   CHECK(config.destination.size() > 6);
}

TEST_CASE("config: deep_merge keeps the old value for nil and merges hashes", "[site][config]") {
   liquid::Value base = parse_yaml("a: 1\nh: {x: 1, y: 2}\n");
   liquid::Value over = parse_yaml("a: ~\nh: {y: 3, z: 4}\nb: 2\n");
   liquid::Value merged = deep_merge(base, over);
   CHECK(text(lookup(merged, "a")) == "1");
   CHECK(text(lookup(lookup(merged, "h"), "x")) == "1");
   CHECK(text(lookup(lookup(merged, "h"), "y")) == "3");
   CHECK(text(lookup(lookup(merged, "h"), "z")) == "4");
   CHECK(text(lookup(merged, "b")) == "2");
}

// deep_merge_into changes the hash in place only when nothing else holds it: a copy taken
// before keeps the old entries (Document#merge_data! on a data hash a drop may share).
TEST_CASE("config: deep_merge_into merges like deep_merge and leaves shared copies alone", "[site][config]") {
   liquid::Value over = parse_yaml("a: ~\nh: {y: 3, z: 4}\nb: 2\n");
   liquid::Value sole = parse_yaml("a: 1\nh: {x: 1, y: 2}\n");
   const liquid::Hash* before = &sole.as_hash();
   deep_merge_into(sole, over);
   CHECK(&sole.as_hash() == before);
   CHECK(text(lookup(sole, "a")) == "1");
   CHECK(text(lookup(lookup(sole, "h"), "y")) == "3");
   CHECK(text(lookup(lookup(sole, "h"), "z")) == "4");
   CHECK(text(lookup(sole, "b")) == "2");
   liquid::Value shared = parse_yaml("a: 1\nh: {x: 1, y: 2}\n");
   const liquid::Value copy = shared;
   deep_merge_into(shared, over);
   CHECK(text(lookup(shared, "b")) == "2");
   CHECK(text(lookup(copy, "b")) == "nil");
   CHECK(text(lookup(lookup(copy, "h"), "y")) == "2");
   // Utils.deep_merge_hashes({7=>"int", "x"=>1}, {"7"=>"str", 7=>"int2"}): the Integer key and the
   // String one stay apart ({7=>"int2", "x"=>1, "7"=>"str"}).
   liquid::Value typed = parse_yaml("7: int\nx: 1\n");
   deep_merge_into(typed, parse_yaml("\"7\": str\n7: int2\n"));
   REQUIRE(typed.as_hash().size() == 3);
   CHECK(text(*typed.as_hash().find_key(liquid::Value(std::int64_t(7)))) == "int2");
   CHECK(text(lookup(typed, "7")) == "str");
}

// Expected values checked against FrontmatterDefaults#all of Jekyll 4.3.1.
TEST_CASE("defaults: longer scope paths and typed scopes take precedence", "[site][defaults]") {
   Logger logger;
   logger.set_level(Logger::Level::Error);
   liquid::Value config = parse_yaml(
      "defaults:\n"
      "  - values: {c: no-scope}\n"
      "  - scope: {path: \"\"}\n    values: {layout: default, a: root}\n"
      "  - scope: {path: \"docs\", type: pages}\n    values: {a: docs-pages}\n"
      "  - scope: {path: \"docs\"}\n    values: {a: docs-any}\n"
      "  - scope: {path: \"docs/*.md\"}\n    values: {b: glob}\n"
      "  - scope: {type: post}\n    values: {a: posts}\n");
   FrontmatterDefaults defaults(config, "/nonexistent", logger);
   liquid::Value page = defaults.all("docs/intro.md", "pages");
   CHECK(text(lookup(page, "a")) == "docs-pages");
   CHECK(text(lookup(page, "layout")) == "default");
   CHECK(text(lookup(page, "c")) == "no-scope");
   CHECK(text(lookup(defaults.all("about.md", "pages"), "a")) == "root");
   CHECK(text(lookup(defaults.all("_posts/2014-01-01-x.md", "posts"), "a")) == "posts");
   CHECK(text(lookup(defaults.all("docs/x.md", "drafts"), "a")) == "docs-any");
}
