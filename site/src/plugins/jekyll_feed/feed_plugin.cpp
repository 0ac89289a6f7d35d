// jekyll-feed 0.17.0: an Atom feed page for the posts (and the collections, categories and
// tags `feed:` names) unless the source has a file at its path, and the {% feed_meta %} tag.
#include <sys/stat.h>

#include "filters/filter_support.hpp"
#include "filters/text.hpp"
#include "filters/url_filters.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/node.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/jekyll_feed/feed_config.hpp"
#include "plugins/jekyll_feed/feed_xml.hpp"
#include "plugins/jekyll_feed/page_without_a_file.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

// Generator#file_exists?: anything at the path in the source, read or not.
bool source_has(const Site& site, const std::string& path) {
   struct stat st{};
   return ::stat(site.in_source_dir(path).c_str(), &st) == 0;
}

std::string attribute(std::string_view value) { return "\"" + filters::xml_escape(value) + "\""; }

// MetaTag: <link type="application/atom+xml" rel="alternate" href=".." title=".." />.
class FeedMetaTag : public liquid::Node {
public:
   explicit FeedMetaTag(int line) : Node(line) {}

   void render(liquid::Context& context, std::string& output) const override {
      const Site& site = filters::site_of(context);
      const std::string href = filters::absolute_url(filters::ruby_to_s(feed::meta_path(site.config)),
                                                     site.config.string("url"), site.config.string("baseurl"));
      const Value& title = site.config.get("title").truthy() ? site.config.get("title") : site.config.get("name");
      output += "<link type=\"application/atom+xml\" rel=\"alternate\" href=" + attribute(href);
      if (title.truthy()) output += " title=" + attribute(filters::ruby_to_s(title));
      output += " />";
   }
};

class FeedPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-feed"; }

   void register_liquid(liquid::Environment& environment) const override {
      environment.register_tag("feed_meta", [](const std::string&, const std::string&,
                                               liquid::ParseContext& parse) -> liquid::NodePtr {
         return std::make_unique< FeedMetaTag >(parse.line_number());
      });
   }

   bool has_generator() const override { return true; }
   int generator_priority() const override { return Lowest; }

   void generate(Site& site) const override {
      if (feed::disabled_in_development(site.config)) {
         site.logger.info("Jekyll Feed:", "Skipping feed generation in development");
         return;
      }
      const bool xsl = source_has(site, "feed.xslt.xml");
      for (const feed::CollectionFeeds& collection : feed::collection_feeds(site.config)) {
         site.logger.info("Jekyll Feed:", "Generating feed for " + collection.collection);
         for (const feed::FeedSpec& spec : collection.feeds) add_feed(site, spec, xsl);
      }
      for (const feed::FeedSpec& spec : feed::tag_feeds(site)) {
         site.logger.info("Jekyll Feed:", "Generating feed for posts tagged " + filters::ruby_to_s(spec.tag));
         add_feed(site, spec, xsl);
      }
   }

private:
   static void add_feed(Site& site, const feed::FeedSpec& spec, bool xsl) {
      if (source_has(site, spec.path)) return;
      liquid::Hash data;
      data.set("layout", Value());
      data.set("sitemap", false);
      data.set("xsl", xsl);
      data.set("collection", spec.collection);
      data.set("category", spec.category);
      data.set("tags", spec.tag);
      auto page = make_page_without_a_file(site, spec.path, data, "JekyllFeed::PageWithoutAFile");
      page->native_content = feed::feed_xml;
      site.pages.push_back(std::move(page));
   }
};

}  // namespace

std::unique_ptr< Plugin > make_feed_plugin() { return std::make_unique< FeedPlugin >(); }

}  // namespace jekyllpp::site::plugins
