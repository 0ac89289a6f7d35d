#include "plugins/jekyll_redirect_from/redirect_page.hpp"

#include "filters/url_filters.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::plugins::redirect_from {

using liquid::Value;

std::string ensure_leading_slash(const std::string& path) {
   return path.empty() || path[0] == '/' ? path : "/" + path;
}

namespace {

// %r!^https?://! (a line of the text starting with the scheme).
bool http_url(const std::string& text) {
   for (std::size_t line = 0;; ++line) {
      if (text.compare(line, 7, "http://") == 0 || text.compare(line, 8, "https://") == 0) return true;
      line = text.find('\n', line);
      if (line == std::string::npos) return false;
   }
}

}  // namespace

std::string redirect_target(const Site& site, const std::string& to) {
   if (http_url(to)) return to;
   return filters::absolute_url(to, site.config.string("url"), site.config.string("baseurl"));
}

liquid::Hash redirect_data(const std::string& from, const std::string& to) {
   liquid::Hash redirect;
   redirect.set("from", from);
   redirect.set("to", to);
   liquid::Hash data;
   data.set("sitemap", false);
   data.set("layout", "redirect");
   data.set("permalink", from);
   data.set("redirect", Value(std::move(redirect)));
   return data;
}

std::shared_ptr< Document > make_redirect_page(Site& site, const std::string& from, const std::string& to) {
   auto page = std::make_shared< Document >();
   page->kind = Document::Kind::Page;
   page->ruby_class = "JekyllRedirectFrom::RedirectPage";
   page->name = "redirect.html";
   page->relative_path = page->name;
   page->path = site.in_source_dir(page->name);
   page->extname = ".html";
   page->basename_without_ext = "redirect";
   page->data = deep_merge(site.frontmatter_defaults->all(page->relative_path, "pages"),
                           Value(redirect_data(from, redirect_target(site, to))));
   page->output_ext = site.output_ext_for(page->extname);
   assign_url(site, *page);
   return page;
}

std::string redirect_html(const std::string& to) {
   std::string html;
   html.reserve(420 + 4 * to.size());
   html += "<!DOCTYPE html>\n<html lang=\"en-US\">\n  <meta charset=\"utf-8\">\n  <title>Redirecting&hellip;</title>\n";
   html += "  <link rel=\"canonical\" href=\"" + to + "\">\n";
   html += "  <script>location=\"" + to + "\"</script>\n";
   html += "  <meta http-equiv=\"refresh\" content=\"0; url=" + to + "\">\n";
   html += "  <meta name=\"robots\" content=\"noindex\">\n  <h1>Redirecting&hellip;</h1>\n";
   html += "  <a href=\"" + to + "\">Click here if you are not redirected.</a>\n</html>\n";
   return html;
}

}  // namespace jekyllpp::site::plugins::redirect_from
