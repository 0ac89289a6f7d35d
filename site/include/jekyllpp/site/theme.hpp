#pragma once
// Jekyll::Theme: a gem-based theme found where RubyGems would find it, and the folders it
// lends the site (_layouts, _includes, _sass, assets, _data), each kept inside the theme root.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace jekyllpp::site {

struct Config;
class Logger;

struct Theme {
   std::string name;
   std::string version;
   std::string root;  // real path of the gem's folder
   std::optional< std::string > includes_path, layouts_path, sass_path, assets_path, data_path;
   // Gems the theme's gemspec requires at run time (minima: jekyll-feed, jekyll-seo-tag);
   // Jekyll loads them as plugins.
   std::vector< std::string > runtime_dependencies;
};

// Jekyll::Errors::MissingDependencyException for a theme; what() is Jekyll's message, and
// `searched` lists the gem folders looked in.
class ThemeNotFound : public std::runtime_error {
public:
   ThemeNotFound(const std::string& name, std::vector< std::string > searched);
   std::vector< std::string > searched;
};

// The gem folders RubyGems searches, in its order: GEM_HOME, GEM_PATH, the user's gem
// folders, the system's and Debian's rubygems-integration folders; then the site's
// vendor/bundle. `site_source` may be empty.
std::vector< std::string > gem_search_dirs(const std::string& site_source);

// Finds theme `name` (the highest version anywhere, as Gem::Specification.find_by_name does).
// `theme_dir`, when not empty, is the theme's folder itself (jekyllpp's --theme-dir); its
// runtime dependencies then come from the *.gemspec in it, or from its installed gemspec.
Theme find_theme(const std::string& name, const std::string& site_source,
                 const std::string& theme_dir = {});

// Site#configure_theme: the theme `theme:` names, looked for in the folder the `theme_dir`
// key names when set (`--theme-dir`), else among the installed gems; none without `theme:`.
// Logs Jekyll's debug lines "Theme:" and "Theme source:"; a `theme:` that is not a string is
// warned about and names no theme. Throws site::Error with Jekyll's message and the folders
// searched when the theme is missing.
std::optional< Theme > configure_theme(const Config& config, Logger& logger);

}  // namespace jekyllpp::site
