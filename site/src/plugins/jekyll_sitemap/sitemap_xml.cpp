#include "plugins/jekyll_sitemap/sitemap_xml.hpp"

#include "filters/dates.hpp"
#include "filters/text.hpp"
#include "filters/url_filters.hpp"
#include "jekyllpp/site/drops.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::plugins::sitemap {

using liquid::Value;

namespace {

class SitemapWriter {
public:
   explicit SitemapWriter(const Site& site)
       : site_url_(site.config.string("url")), baseurl_(site.config.string("baseurl")) {}

   // <url> for a location, with a <lastmod> when asked.
   void url(const Value& location, bool has_lastmod, const Value& modified = Value()) {
      out += "<url>\n<loc>" + loc(location) + "</loc>\n";
      if (has_lastmod) out += "<lastmod>" + date_to_xmlschema(modified) + "</lastmod>\n";
      out += "</url>\n";
   }

   // The date_to_xmlschema filter: a value that prints empty stays as it is.
   static std::string date_to_xmlschema(const Value& date) {
      if (filters::ruby_to_s(date).empty()) return liquid::to_output(date);
      return filters::xmlschema(filters::to_local_time(date));
   }

   // `url | replace: '/index.html', '/' | absolute_url | xml_escape`.
   std::string loc(const Value& location) const {
      std::string text = filters::ruby_to_s(location);
      for (std::size_t at = text.find("/index.html"); at != std::string::npos; at = text.find("/index.html", at + 1))
         text.replace(at, 11, "/");
      return filters::xml_escape(filters::absolute_url(text, site_url_, baseurl_));
   }

   std::string absolute(std::string_view path) const { return filters::absolute_url(path, site_url_, baseurl_); }

   std::string out;

private:
   std::string site_url_;
   std::string baseurl_;
};

Value get(const Value& drop, std::string_view key) { return drop.is_drop() ? drop.as_drop().get(key) : Value(); }

bool is_false(const Value& value) { return value.is_bool() && !value.as_bool(); }

// Liquid's `default`: nil, false and empty values give way.
const Value& or_default(const Value& value, const Value& fallback) {
   bool empty = (value.is_string() && value.as_string().empty()) || (value.is_array() && value.as_array().empty()) ||
                (value.is_hash() && value.as_hash().empty());
   return !value.truthy() || empty ? fallback : value;
}

}  // namespace

bool listed_static_extension(const std::string& extname) {
   return extname == ".htm" || extname == ".html" || extname == ".xhtml" || extname == ".pdf";
}

std::string sitemap_xml(const Site& site, const Document& page,
                        const std::vector< std::shared_ptr< StaticFile > >& static_files) {
   const SiteDropCache& cache = *site.drop_cache;
   SitemapWriter writer(site);
   std::string& out = writer.out;
   out.reserve(256 + 128 * (cache.html_pages.as_array().size() + static_files.size()));
   out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
   if (page.get("xsl").truthy())
      out += "<?xml-stylesheet type=\"text/xsl\" href=\"" + writer.absolute("/sitemap.xsl") + "\"?>\n";
   out += "<urlset xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xsi:schemaLocation=\"http://www.sitemaps.org/schemas/sitemap/0.9 "
          "http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd\" "
          "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
   // site.collections (by label) that are written; a document's lastmod is its
   // last_modified_at or its date.
   for (const Value& collection : cache.collections.as_array()) {
      if (is_false(get(collection, "output"))) continue;
      const Value docs = get(collection, "docs");
      if (!docs.is_array()) continue;
      for (const Value& doc : docs.as_array()) {
         if (is_false(get(doc, "sitemap"))) continue;
         const Value modified = get(doc, "last_modified_at");
         const Value date = get(doc, "date");
         writer.url(get(doc, "url"), modified.truthy() || date.truthy(), or_default(modified, date));
      }
   }
   // site.html_pages but 404.html; lastmod only from last_modified_at.
   for (const Value& html_page : cache.html_pages.as_array()) {
      const Value url = get(html_page, "url");
      if (is_false(get(html_page, "sitemap")) || (url.is_string() && url.as_string() == "/404.html")) continue;
      const Value modified = get(html_page, "last_modified_at");
      writer.url(url, modified.truthy(), modified);
   }
   for (const auto& file : static_files) {
      const Value drop = cache.drop_for(*file);
      const Value name = get(drop, "name");
      if (is_false(get(drop, "sitemap")) || (name.is_string() && name.as_string() == "404.html")) continue;
      writer.url(get(drop, "path"), true, get(drop, "modified_time"));
   }
   out += "</urlset>\n";
   return std::move(out);
}

std::string robots_txt(const Site& site) {
   return "Sitemap: " + filters::absolute_url("sitemap.xml", site.config.string("url"), site.config.string("baseurl")) +
          "\n";
}

}  // namespace jekyllpp::site::plugins::sitemap
