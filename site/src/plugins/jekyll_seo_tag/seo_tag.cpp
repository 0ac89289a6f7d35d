// jekyll-seo-tag 2.8.0: {% seo %} writes the page's <title>, Open Graph and Twitter meta tags,
// canonical link and JSON-LD, byte for byte as the gem's minified template renders them.
#include <memory>

#include "filters/filter_support.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/site/drops.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/jekyll_seo_tag/json_ld.hpp"
#include "plugins/jekyll_seo_tag/seo_drop.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;
using seo::field;

// Appends `<open` + content + `" />\n`, the shape of every meta line.
void meta(std::string& out, std::string_view open, std::string_view content) {
   out += open;
   out += content;
   out += "\" />\n";
}

void meta_if(std::string& out, std::string_view open, const Value& content) {
   if (content.truthy()) meta(out, open, liquid::to_output(content));
}

void write_image(std::string& out, const seo::Image& image) {
   meta(out, "<meta property=\"og:image\" content=\"", *image.path());
   meta_if(out, "<meta property=\"og:image:height\" content=\"", image.get("height"));
   meta_if(out, "<meta property=\"og:image:width\" content=\"", image.get("width"));
   meta_if(out, "<meta property=\"og:image:alt\" content=\"", image.get("alt"));
}

void write_twitter(std::string& out, const seo::SeoDrop& seo) {
   const Value& page = seo.page();
   const Value site_twitter = seo.site().config.get("twitter");
   const seo::Filters& filters = seo.filters();
   if (const seo::Image* image = seo.image()) {
      Value card = filters.apply("default", field(field(page, "twitter"), "card"), field(site_twitter, "card"));
      card = filters.apply("default", card, Value("summary_large_image"));
      meta(out, "<meta name=\"twitter:card\" content=\"", liquid::to_output(card));
      meta(out, "<meta property=\"twitter:image\" content=\"", *image->path());
      meta_if(out, "<meta name=\"twitter:image:alt\" content=\"", image->get("alt"));
   } else {
      out += "<meta name=\"twitter:card\" content=\"summary\" />\n";
   }
   if (seo.page_title()) meta(out, "<meta property=\"twitter:title\" content=\"", *seo.page_title());
   if (!site_twitter.truthy()) return;
   const Value at("@");
   meta(out, "<meta name=\"twitter:site\" content=\"@",
        liquid::to_output(filters.apply("remove", field(site_twitter, "username"), at)));
   if (seo.author().twitter().truthy())
      meta(out, "<meta name=\"twitter:creator\" content=\"@",
           liquid::to_output(filters.apply("remove", seo.author().twitter(), at)));
}

void write_site_verifications(std::string& out, const Site& site) {
   const Value& facebook = site.config.get("facebook");
   if (facebook.truthy()) {
      meta_if(out, "<meta property=\"fb:admins\" content=\"", field(facebook, "admins"));
      meta_if(out, "<meta property=\"article:publisher\" content=\"", field(facebook, "publisher"));
      meta_if(out, "<meta property=\"fb:app_id\" content=\"", field(facebook, "app_id"));
   }
   const Value& verifications = site.config.get("webmaster_verifications");
   if (verifications.truthy()) {
      static const std::pair< const char*, const char* > services[] = {
         {"google", "google-site-verification"}, {"bing", "msvalidate.01"},
         {"alexa", "alexaVerifyID"},            {"yandex", "yandex-verification"},
         {"baidu", "baidu-site-verification"},  {"facebook", "facebook-domain-verification"},
      };
      for (const auto& [key, meta_name] : services)
         meta_if(out, "<meta name=\"" + std::string(meta_name) + "\" content=\"", field(verifications, key));
   } else {
      meta_if(out, "<meta name=\"google-site-verification\" content=\"", site.config.get("google_site_verification"));
   }
}

void write_seo(std::string& out, const seo::SeoDrop& seo) {
   const Site& site = seo.site();
   const Value& page = seo.page();
   const seo::Filters& filters = seo.filters();
   out += "<!-- Begin Jekyll SEO tag v2.8.0 -->\n";
   if (seo.title_tag()) {
      out += "<title>";
      out += *seo.title();
      out += "</title>\n";
   }
   const Value version = site.drop_cache ? field(site.drop_cache->jekyll, "version") : Value();
   meta(out, "<meta name=\"generator\" content=\"Jekyll v", liquid::to_output(version));
   if (seo.page_title()) meta(out, "<meta property=\"og:title\" content=\"", *seo.page_title());
   meta_if(out, "<meta name=\"author\" content=\"", seo.author().name());
   meta(out, "<meta property=\"og:locale\" content=\"", seo.page_locale());
   if (const auto& description = seo.description()) {
      meta(out, "<meta name=\"description\" content=\"", *description);
      meta(out, "<meta property=\"og:description\" content=\"", *description);
   }
   if (site.config.get("url").truthy()) {
      const std::string canonical = liquid::to_output(seo.canonical_url());
      meta(out, "<link rel=\"canonical\" href=\"", canonical);
      meta(out, "<meta property=\"og:url\" content=\"", canonical);
   }
   if (seo.site_title()) meta(out, "<meta property=\"og:site_name\" content=\"", *seo.site_title());
   if (const seo::Image* image = seo.image()) write_image(out, *image);
   const Value date = field(page, "date");
   if (date.truthy()) {
      out += "<meta property=\"og:type\" content=\"article\" />\n";
      meta(out, "<meta property=\"article:published_time\" content=\"", filters.date_to_xmlschema(date));
   } else {
      out += "<meta property=\"og:type\" content=\"website\" />\n";
   }
   const Value& paginator = seo.paginator();
   if (field(paginator, "previous_page").truthy())
      meta(out, "<link rel=\"prev\" href=\"", filters.absolute_url(field(paginator, "previous_page_path")));
   if (field(paginator, "next_page").truthy())
      meta(out, "<link rel=\"next\" href=\"", filters.absolute_url(field(paginator, "next_page_path")));
   write_twitter(out, seo);
   write_site_verifications(out, site);
   out += "<script type=\"application/ld+json\">\n";
   out += seo::json_ld(seo);
   out += "</script>\n<!-- End Jekyll SEO tag -->\n";
}

class SeoTag : public liquid::Node {
public:
   SeoTag(std::string markup, int line) : Node(line), markup_(std::move(markup)) {}

   void render(liquid::Context& context, std::string& output) const override {
      const Site& site = filters::site_of(context);
      const Value* page = context.register_as< Value >("page");
      if (!page || page->is_nil())
         throw liquid::Error(liquid::Error::Kind::Standard, "undefined method `[]' for nil:NilClass");
      write_seo(output, seo::SeoDrop(context, site, *page, markup_));
   }

private:
   std::string markup_;
};

class SeoTagPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-seo-tag"; }
   void register_liquid(liquid::Environment& environment) const override {
      environment.register_tag("seo", [](const std::string&, const std::string& markup,
                                         liquid::ParseContext& parse) -> liquid::NodePtr {
         return std::make_unique< SeoTag >(markup, parse.line_number());
      });
   }
};

}  // namespace

std::unique_ptr< Plugin > make_seo_tag_plugin() { return std::make_unique< SeoTagPlugin >(); }

}  // namespace jekyllpp::site::plugins
