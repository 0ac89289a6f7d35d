#include "plugins/jekyll_feed/page_without_a_file.hpp"

#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::plugins {

std::shared_ptr< Document > make_page_without_a_file(Site& site, const std::string& name, const liquid::Hash& data,
                                                     std::string ruby_class) {
   auto page = std::make_shared< Document >();
   page->kind = Document::Kind::Page;
   page->ruby_class = std::move(ruby_class);
   page->name = name;
   // Page#relative_path: File.join(dir, name) without its leading "/".
   page->relative_path = name.empty() || name[0] != '/' ? name : name.substr(1);
   page->path = site.in_source_dir(page->relative_path);
   page->extname = extname(name);
   page->basename_without_ext = strip_trailing_dots(name.substr(0, name.size() - page->extname.size()));
   // The defaults answer only for keys the generator left out (Page's data.default_proc), so
   // the generator's `layout: nil` keeps the page out of any default layout.
   liquid::Value defaults = site.frontmatter_defaults->all(page->relative_path, "pages");
   liquid::Hash merged = defaults.is_hash() ? defaults.as_hash() : liquid::Hash();
   for (const auto& [key, value] : data) merged.set(key, value);
   page->data = liquid::Value(std::move(merged));
   page->output_ext = site.output_ext_for(page->extname);
   assign_url(site, *page);
   return page;
}

}  // namespace jekyllpp::site::plugins
