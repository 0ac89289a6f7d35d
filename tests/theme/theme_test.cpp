// Pins how Jekyll::Theme finds a gem theme (Gem::Specification.find_by_name: highest version
// across GEM_HOME/GEM_PATH and the system's gem folders), which folders it lends, and how
// Site#configure_theme / #load_theme_configuration treat `theme:` and the theme's _config.yml.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <boost/filesystem.hpp>
#include <cstdlib>
#include <fstream>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/logger.hpp"
#include "jekyllpp/site/theme.hpp"

namespace fs = boost::filesystem;
using namespace jekyllpp::site;

namespace {

// A fake gem home with theme `name` at `version`, holding the given folders.
void make_gem(const fs::path& home, const std::string& name, const std::string& version,
              std::initializer_list< const char* > folders) {
   fs::create_directories(home / "specifications");
   std::ofstream(((home / "specifications") / (name + "-" + version + ".gemspec")).string())
      << "Gem::Specification.new do |s|\n"
      << "  s.add_runtime_dependency(%q<jekyll>.freeze, [\">= 3.5\"])\n"
      << "  s.add_runtime_dependency(%q<jekyll-feed>.freeze, [\"~> 0.9\"])\n"
      << "  s.add_development_dependency(%q<bundler>.freeze, [\">= 1.15\"])\n"
      << "end\n";
   fs::create_directories(home / "gems" / (name + "-" + version));
   for (const char* folder : folders) fs::create_directories(home / "gems" / (name + "-" + version) / folder);
}

struct TempDir {
   fs::path path = fs::temp_directory_path() / fs::unique_path("jekyllpp-theme-%%%%%%");
   TempDir() { fs::create_directories(path); }
   ~TempDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("a theme is found in GEM_HOME, highest version first, with its folders") {
   TempDir tmp;
   make_gem(tmp.path, "demo-theme", "1.9.0", {"_layouts"});
   make_gem(tmp.path, "demo-theme", "1.10.0", {"_layouts", "_includes", "_sass", "assets"});
   setenv("GEM_HOME", tmp.path.c_str(), 1);
   const Theme theme = find_theme("  Demo-Theme ", "");
   unsetenv("GEM_HOME");
   CHECK(theme.name == "demo-theme");
   CHECK(theme.version == "1.10.0");
   CHECK(theme.layouts_path.has_value());
   CHECK(theme.sass_path.has_value());
   CHECK_FALSE(theme.data_path.has_value());
   CHECK(theme.runtime_dependencies == std::vector< std::string >{"jekyll-feed"});
}

TEST_CASE("a theme folder that is a symlink out of the theme root is not lent") {
   TempDir tmp;
   make_gem(tmp.path, "sly-theme", "0.1.0", {});
   fs::create_directories(tmp.path / "elsewhere");
   fs::create_directory_symlink(tmp.path / "elsewhere", tmp.path / "gems/sly-theme-0.1.0/_layouts");
   setenv("GEM_HOME", tmp.path.c_str(), 1);
   const Theme theme = find_theme("sly-theme", "");
   unsetenv("GEM_HOME");
   CHECK_FALSE(theme.layouts_path.has_value());
}

TEST_CASE("a missing theme raises Jekyll's message and says where it looked") {
   TempDir tmp;
   setenv("GEM_HOME", tmp.path.c_str(), 1);
   try {
      find_theme("jekyll-theme-nowhere", "");
      FAIL("expected ThemeNotFound");
   } catch (const ThemeNotFound& error) {
      CHECK(std::string(error.what()) == "The jekyll-theme-nowhere theme could not be found.");
      CHECK(error.searched.front() == tmp.path.string());
   }
   unsetenv("GEM_HOME");
}

TEST_CASE("--theme-dir names the theme's folder directly") {
   TempDir tmp;
   fs::create_directories(tmp.path / "_includes");
   std::ofstream((tmp.path / "anything.gemspec").string())
      << "Gem::Specification.new do |spec|\n"
      << "  spec.add_runtime_dependency \"jekyll\", \">= 3.5\"\n"
      << "  spec.add_runtime_dependency \"jekyll-seo-tag\", \"~> 2.1\"\n"
      << "  spec.add_dependency 'jekyll-include-cache'\n"
      << "  spec.add_development_dependency \"bundler\"\n"
      << "end\n";
   const Theme theme = find_theme("anything", "", tmp.path.string());
   CHECK(theme.includes_path.has_value());
   // A theme's source gemspec names its runtime dependencies as strings.
   CHECK(theme.runtime_dependencies == std::vector< std::string >{"jekyll-seo-tag", "jekyll-include-cache"});
}

TEST_CASE("Site#configure_theme: no theme without `theme:`, none for a non-string value") {
   Logger logger;
   logger.set_level(Logger::Level::Error);
   Config config;
   config.data = jekyllpp::liquid::Value(jekyllpp::liquid::Hash());
   CHECK_FALSE(configure_theme(config, logger).has_value());
   jekyllpp::liquid::Hash data;
   data.set("theme", jekyllpp::liquid::Value(jekyllpp::liquid::Array()));
   config.data = jekyllpp::liquid::Value(std::move(data));
   CHECK_FALSE(configure_theme(config, logger).has_value());
}

TEST_CASE("a missing --theme-dir folder is named in the error") {
   Logger logger;
   Config config;
   jekyllpp::liquid::Hash data;
   data.set("theme", "my-theme");
   data.set("theme_dir", "/nonexistent/my-theme");
   config.data = jekyllpp::liquid::Value(std::move(data));
   try {
      configure_theme(config, logger);
      FAIL("expected an error");
   } catch (const Error& error) {
      CHECK(std::string(error.what()) ==
            "The my-theme theme could not be found.\nChecked in '--theme-dir /nonexistent/my-theme': no such directory");
   }
}

TEST_CASE("Site#load_theme_configuration: the theme's _config.yml under the site's, minus Jekyll's DEFAULTS keys") {
   TempDir tmp;
   std::ofstream((tmp.path / "_config.yml").string())
      << "title: Theme\ntagline: From the theme\nnested: {a: 1, b: 2}\npermalink: pretty\nexclude: [x]\n";
   const Theme theme = find_theme("t", "", tmp.path.string());
   Logger logger;
   logger.set_level(Logger::Level::Error);
   Config config;
   config.data = jekyllpp::liquid::Value(jekyllpp::liquid::Hash());
   jekyllpp::liquid::Hash site, nested;
   site.set("title", "Site");
   site.set("permalink", "date");
   nested.set("b", 3);
   site.set("nested", jekyllpp::liquid::Value(std::move(nested)));
   config.data = jekyllpp::liquid::Value(std::move(site));
   const Config merged = with_theme_configuration(config, theme, logger);
   CHECK(merged.string("title") == "Site");
   CHECK(merged.string("tagline") == "From the theme");
   CHECK(merged.string("permalink") == "date");
   CHECK(merged.get("exclude").is_nil());
   CHECK(lookup(merged.get("nested"), "a").as_integer() == 1);
   CHECK(lookup(merged.get("nested"), "b").as_integer() == 3);
   // The theme's keys come first, as Utils.deep_merge_hashes(theme_config, config) keeps them.
   CHECK(merged.data.as_hash().begin()->first == "title");
   CHECK(std::next(merged.data.as_hash().begin())->first == "tagline");

   jekyllpp::liquid::Hash ignoring = config.data.as_hash();
   ignoring.set("ignore_theme_config", true);
   config.data = jekyllpp::liquid::Value(std::move(ignoring));
   CHECK(with_theme_configuration(config, theme, logger).get("tagline").is_nil());
}

TEST_CASE("--theme-dir naming an installed gem's folder takes its installed gemspec's dependencies") {
   TempDir tmp;
   make_gem(tmp.path, "gem-theme", "2.0.0", {"_layouts"});
   const Theme theme = find_theme("gem-theme", "", (tmp.path / "gems/gem-theme-2.0.0/").string());
   CHECK(theme.layouts_path.has_value());
   CHECK(theme.runtime_dependencies == std::vector< std::string >{"jekyll-feed"});
}
