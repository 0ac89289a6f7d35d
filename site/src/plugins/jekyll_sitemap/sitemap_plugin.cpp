// jekyll-sitemap 1.4.0: sitemap.xml and robots.txt pages, each unless a page or static file
// of the site already has its URL.
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/jekyll_feed/page_without_a_file.hpp"
#include "plugins/jekyll_sitemap/sitemap_xml.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

// JekyllSitemap#file_exists?: a page or static file at "/NAME".
bool site_has_url(const Site& site, const std::string& url) {
   for (const auto& page : site.pages)
      if (page->url == url) return true;
   for (const auto& file : site.static_files)
      if (file->url == url) return true;
   return false;
}

class SitemapPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-sitemap"; }
   bool has_generator() const override { return true; }
   int generator_priority() const override { return Lowest; }

   void generate(Site& site) const override {
      const bool has_sitemap = site_has_url(site, "/sitemap.xml");
      const bool has_robots = site_has_url(site, "/robots.txt");
      if (!has_sitemap) add_sitemap(site);
      if (!has_robots) {
         liquid::Hash data;
         data.set("layout", Value());
         auto robots = make_page_without_a_file(site, "robots.txt", data, "Jekyll::PageWithoutAFile");
         // The gem's robots.txt template: what other pages see as its content until it renders.
         robots->content = "Sitemap: {{ \"sitemap.xml\" | absolute_url }}\n";
         robots->native_content = [](const Site& rendered, const Document&) { return sitemap::robots_txt(rendered); };
         site.pages.push_back(std::move(robots));
      }
   }

private:
   static void add_sitemap(Site& site) {
      // The static files listed are those of the site when the generator runs.
      std::vector< std::shared_ptr< StaticFile > > files;
      for (const auto& file : site.static_files)
         if (sitemap::listed_static_extension(file->extname)) files.push_back(file);
      liquid::Hash data;
      data.set("layout", Value());
      data.set("xsl", site_has_url(site, "/sitemap.xsl"));
      auto page = make_page_without_a_file(site, "sitemap.xml", data, "Jekyll::PageWithoutAFile");
      page->native_content = [files = std::move(files)](const Site& rendered, const Document& self) {
         return sitemap::sitemap_xml(rendered, self, files);
      };
      site.pages.push_back(std::move(page));
   }
};

}  // namespace

std::unique_ptr< Plugin > make_sitemap_plugin() { return std::make_unique< SitemapPlugin >(); }

}  // namespace jekyllpp::site::plugins
