// jekyll-readme-index 0.3.0: a README (any Markdown extension, any case) becomes its
// directory's index page when the directory has none. `readme_index:` options: enabled,
// remove_originals (drop the static copy), with_frontmatter (READMEs that are pages too).
#include <algorithm>
#include <cctype>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/plugin_support.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

std::string downcase(std::string text) {
   std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
   return text;
}

bool option(const Site& site, std::string_view key) {
   const Value& value = lookup(site.config.get("readme_index"), key);
   return value.is_bool() && value.as_bool();
}

class ReadmeIndexPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-readme-index"; }
   bool has_generator() const override { return true; }
   int generator_priority() const override { return Low; }

   void generate(Site& site) const override {
      const Value& enabled = lookup(site.config.get("readme_index"), "enabled");
      if (enabled.is_bool() && !enabled.as_bool()) return;
      const Converter* markdown = markdown_converter(site);
      if (!markdown) return;
      // readme_regex: "/readme" and one of the Markdown extensions, ignoring case.
      auto is_readme = [markdown](const std::string& path) {
         const std::string name = downcase(basename(path));
         const std::string ext = extname(name);
         return !ext.empty() && name == "readme" + ext && markdown->matches(ext) && path.find('/') != std::string::npos;
      };

      std::vector< std::shared_ptr< StaticFile > > readmes;
      for (const auto& file : site.static_files)
         if (is_readme(file->relative_path)) readmes.push_back(file);
      for (const auto& readme : readmes) {
         if (dir_has_index(site, dirname(readme->url))) continue;
         // StaticFile#to_page: Page.new from the file, permalink its directory.
         const std::string base = readme->path.substr(0, readme->path.size() - readme->relative_path.size());
         const std::string dir = readme->dir.empty() || readme->dir == "/" ? "" : readme->dir.substr(readme->dir[0] == '/');
         auto page = read_page(site, dir, readme->name, base == site.source ? "" : base);
         if (!page) continue;
         page->set("permalink", dirname(readme->url) + "/");
         assign_url(site, *page);
         site.pages.push_back(std::move(page));
         if (option(site, "remove_originals"))
            site.static_files.erase(std::remove(site.static_files.begin(), site.static_files.end(), readme),
                                    site.static_files.end());
      }
      if (!option(site, "with_frontmatter")) return;
      std::vector< Document* > pages;
      for (const auto& page : site.pages)
         if (is_readme("/" + page->relative_path)) pages.push_back(page.get());
      for (Document* page : pages) {
         if (dir_has_index(site, dirname(page->url))) continue;
         // Page#update_permalink.
         page->set("permalink", dirname(page->url) + "/");
         assign_url(site, *page);
      }
   }

private:
   // Whether a page or static file is the directory's index: its URL is the directory, or the
   // directory's index.html/.htm/.xhtml/.xml (ignoring case).
   static bool dir_has_index(const Site& site, std::string dir) {
      if (dir.empty() || dir.back() != '/') dir += '/';
      dir = downcase(dir);
      auto is_index = [&dir](const std::string& url) {
         const std::string lower = downcase(url);
         if (lower.compare(0, dir.size(), dir) != 0) return false;
         const std::string rest = lower.substr(dir.size());
         return rest.empty() || rest == "index.html" || rest == "index.htm" || rest == "index.xhtml" ||
                rest == "index.xml";
      };
      for (const auto& page : site.pages)
         if (is_index(page->url)) return true;
      for (const auto& file : site.static_files)
         if (is_index(file->url)) return true;
      return false;
   }
};

}  // namespace

std::unique_ptr< Plugin > make_readme_index_plugin() { return std::make_unique< ReadmeIndexPlugin >(); }

}  // namespace jekyllpp::site::plugins
