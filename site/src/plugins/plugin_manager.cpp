#include "jekyllpp/site/plugins/plugin_manager.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/theme.hpp"

namespace jekyllpp::site::plugins {

namespace {

// The plugin gems jekyllpp stands in for: those the reference installation (Debian's
// ruby-jekyll-* packages, as the shared corpus was built) can require.
constexpr std::array< std::string_view, 23 > provided = {
   "jekyll-archives", "jekyll-avatar", "jekyll-commonmark", "jekyll-default-layout",
   "jekyll-feed", "jekyll-gist", "jekyll-github-metadata",
   "jekyll-include-cache", "jekyll-last-modified-at", "jekyll-mentions",
   "jekyll-optional-front-matter", "jekyll-paginate", "jekyll-paginate-v2",
   "jekyll-readme-index", "jekyll-redirect-from", "jekyll-relative-links",
   "jekyll-sass-converter", "jekyll-seo-tag", "jekyll-sitemap",
   "jekyll-titles-from-headings", "jekyll-toc", "jekyll-watch",
   "jemoji",
};

// The gems Jekyll 4.3.1 itself depends on (its gemspec's runtime dependencies, jekyll-sass-converter
// and jekyll-watch aside): installed wherever Jekyll is, already loaded, so a `plugins:` list naming
// one (`- rouge`) requires it without error and changes nothing.
constexpr std::array< std::string_view, 13 > jekyll_dependencies = {
   "addressable", "colorator", "em-websocket", "i18n", "kramdown", "kramdown-parser-gfm", "liquid",
   "mercenary", "pathutil", "rouge", "terminal-table", "webrick", "jekyll",
};

bool is_provided(const std::string& name) {
   return std::find(provided.begin(), provided.end(), name) != provided.end();
}

bool is_jekyll_dependency(const std::string& name) {
   return std::find(jekyll_dependencies.begin(), jekyll_dependencies.end(), name) != jekyll_dependencies.end();
}

// Jekyll's `whitelist` config key: the only plugins required in safe mode.
bool allowed(const Config& config, const std::string& name) {
   if (!config.flag("safe")) return true;
   const std::vector< std::string > whitelist = config.strings("whitelist");
   return std::find(whitelist.begin(), whitelist.end(), name) != whitelist.end();
}

void require(const std::string& name, Logger& logger, std::vector< std::string >& required) {
   if (std::find(required.begin(), required.end(), name) != required.end()) return;
   if (is_provided(name)) {
      required.push_back(name);
      return;
   }
   if (is_jekyll_dependency(name)) return;
   missing_dependency(name, logger);
}

}  // namespace

void missing_dependency(const std::string& name, Logger& logger) {
   logger.error("Dependency Error:",
                "Yikes! It looks like you don't have " + name +
                   " or one of its dependencies installed. In order to use Jekyll as currently configured, "
                   "you'll need to install this gem. If you've run Jekyll with `bundle exec`, ensure that you "
                   "have included the " + name + " gem in your Gemfile as well. The full error message from "
                   "Ruby is: 'cannot load such file -- " + name + "' If you run into trouble, you can find "
                   "helpful resources at https://jekyllrb.com/help/! ");
   throw Error(Error::Kind::Fatal, name, "Jekyll::Errors::MissingDependencyException");
}

std::vector< std::string > require_plugins(const Config& config, const Theme* theme, Logger& logger) {
   std::vector< std::string > required;
   if (theme)
      for (const std::string& dependency : theme->runtime_dependencies)
         if (dependency != "jekyll" && allowed(config, dependency)) require(dependency, logger, required);
   // Jekyll 4 reads `plugins:` only (Site#gems = config["plugins"]); an old `gems:` list is ignored.
   for (const std::string& name : config.strings("plugins"))
      if (allowed(config, name)) require(name, logger, required);
   return required;
}

}  // namespace jekyllpp::site::plugins
