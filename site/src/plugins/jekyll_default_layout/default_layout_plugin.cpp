// jekyll-default-layout 0.1.5: Markdown pages and posts without a `layout` (front matter or
// defaults) get "home" (the page at "/"), "page", "post" or "default", whichever exists first.
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/plugin_support.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

class DefaultLayoutPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-default-layout"; }
   bool has_generator() const override { return true; }
   int generator_priority() const override { return Lowest; }

   void generate(Site& site) const override {
      const Converter* markdown = markdown_converter(site);
      if (!markdown) return;
      auto exists = [&site](const char* layout) { return site.layouts.count(layout) > 0; };
      auto apply = [&](Document& doc) {
         if (!markdown->matches(doc.extname) || doc.data.as_hash().contains("layout")) return;
         const bool post = !doc.is_page() && doc.collection && doc.collection->label == "posts";
         const char* layout = doc.url == "/" && exists("home")    ? "home"
                              : doc.is_page() && exists("page")   ? "page"
                              : post && exists("post")            ? "post"
                              : exists("default")                 ? "default"
                                                                  : nullptr;
         doc.set("layout", layout ? Value(layout) : Value());
      };
      for (const auto& page : site.pages) apply(*page);
      for (const auto& post : site.posts().docs) apply(*post);
   }
};

}  // namespace

std::unique_ptr< Plugin > make_default_layout_plugin() { return std::make_unique< DefaultLayoutPlugin >(); }

}  // namespace jekyllpp::site::plugins
