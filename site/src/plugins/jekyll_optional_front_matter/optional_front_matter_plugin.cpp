// jekyll-optional-front-matter 0.3.2: Markdown files without front matter become pages (except
// README, LICENSE and the like, unless `include:` names them); `optional_front_matter:
// remove_originals: true` (or `require_front_matter`) stops copying them as static files.
#include <algorithm>
#include <array>
#include <cctype>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/entry_filter.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/plugin_support.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

// FILENAME_BLACKLIST, compared with the upper-cased basename.
constexpr std::array< std::string_view, 8 > blacklist = {
   "README", "LICENSE", "LICENCE", "COPYING", "CODE_OF_CONDUCT", "CONTRIBUTING", "ISSUE_TEMPLATE",
   "PULL_REQUEST_TEMPLATE",
};

std::string upcase(std::string text) {
   std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::toupper(c)); });
   return text;
}

class OptionalFrontMatterPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-optional-front-matter"; }
   bool has_generator() const override { return true; }
   int generator_priority() const override { return Normal; }

   void generate(Site& site) const override {
      const Value& options = site.config.get("optional_front_matter");
      const Value& enabled = lookup(options, "enabled");
      const bool require_front_matter = site.config.flag("require_front_matter");
      if ((enabled.is_bool() && !enabled.as_bool()) || require_front_matter) return;
      const Value& remove = lookup(options, "remove_originals");
      const bool cleanup = (remove.is_bool() && remove.as_bool()) || require_front_matter;
      const Converter* markdown = markdown_converter(site);
      if (!markdown) return;
      const EntryFilter filter(site.source, site.config.strings("include"), site.config.strings("exclude"), site.safe());
      const bool include_listed = site.config.get("include").is_array();

      std::vector< std::shared_ptr< StaticFile > > kept;
      for (const auto& file : site.static_files) {
         if (!markdown->matches(file->extname)) {
            kept.push_back(file);
            continue;
         }
         // Page.new(site, base, dir, name) from the static file's own base and directory.
         const std::string base = file->path.substr(0, file->path.size() - file->relative_path.size());
         const std::string dir = file->dir.empty() || file->dir == "/" ? "" : file->dir.substr(file->dir[0] == '/');
         auto page = read_page(site, dir, file->name, base == site.source ? "" : base);
         const bool listed = page && include_listed && filter.included(page->relative_path);
         const bool blacklisted =
            page && !listed &&
            std::find(blacklist.begin(), blacklist.end(), upcase(page->basename_without_ext)) != blacklist.end();
         if (page && !blacklisted) {
            assign_url(site, *page);
            site.pages.push_back(std::move(page));
         }
         if (!cleanup || blacklisted) kept.push_back(file);
      }
      site.static_files = std::move(kept);
   }
};

}  // namespace

std::unique_ptr< Plugin > make_optional_front_matter_plugin() { return std::make_unique< OptionalFrontMatterPlugin >(); }

}  // namespace jekyllpp::site::plugins
