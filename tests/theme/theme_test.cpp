// Pins how Jekyll::Theme finds a gem theme (Gem::Specification.find_by_name: highest version
// across GEM_HOME/GEM_PATH and the system's gem folders) and which folders it lends.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <boost/filesystem.hpp>
#include <cstdlib>
#include <fstream>

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
   const Theme theme = find_theme("anything", "", tmp.path.string());
   CHECK(theme.includes_path.has_value());
}
