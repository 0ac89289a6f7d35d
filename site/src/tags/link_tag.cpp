// Jekyll's {% link path %}: the relative_url of the page, static file or written document
// whose relative_path is `path` (which may hold {{ variables }}).
#include "filters/filter_support.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/template.hpp"
#include "jekyllpp/site/dependency_graph.hpp"
#include "jekyllpp/site/site.hpp"
#include "tags/registration.hpp"
#include "tags/tag_support.hpp"

namespace jekyllpp::site::tags {

namespace {

class LinkTag : public liquid::Node {
public:
   LinkTag(std::string markup, liquid::ParseContext& parse)
       : Node(parse.line_number()), markup_(std::move(markup)),
         path_template_(liquid::Template::parse(markup_, parse.environment())) {}

   void render(liquid::Context& context, std::string& output) const override {
      const Site& site = filters::site_of(context);
      const std::string relative_path = path_template_.render(context);
      const std::string with_slash = path_join("", relative_path);
      auto matches = [&](const std::string& candidate) {
         return candidate == relative_path || candidate == with_slash;
      };
      // Site#each_site_file: pages, static files to write, documents to write. The file found
      // depends on which files there are; its URL on its own front matter.
      record_key("pages");
      record_key("static_files");
      record_key("documents");
      for (const auto& page : site.pages)
         if (matches(page->relative_path)) return append_url(site, page->url, output);
      for (const auto& file : site.static_files)
         if (file->write && matches(file->relative_path)) return append_url(site, file->url, output);
      for (const auto& doc : site.documents())
         if (doc->collection && doc->collection->write() && site.publish(*doc) && matches(doc->relative_path)) {
            record_source(*doc, "url");
            return append_url(site, doc->url, output);
         }
      throw liquid::Error::ruby("ArgumentError",
                                "Could not find document '" + relative_path +
                                   "' in tag 'link'.\n\nMake sure the document exists and the path is correct.\n");
   }

private:
   static void append_url(const Site& site, const std::string& url, std::string& output) {
      output += relative_url_of(site, url);
   }

   std::string markup_;
   liquid::Template path_template_;
};

}  // namespace

void register_link_tag(liquid::Environment& environment) {
   environment.register_tag("link", [](const std::string&, const std::string& markup,
                                       liquid::ParseContext& parse) -> liquid::NodePtr {
      return std::make_unique< LinkTag >(strip(markup), parse);
   });
}

}  // namespace jekyllpp::site::tags
