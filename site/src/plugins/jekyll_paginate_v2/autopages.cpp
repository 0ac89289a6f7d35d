#include "plugins/jekyll_paginate_v2/autopages.hpp"

#include <map>

#include "filters/ruby_ops.hpp"

#include "filters/text.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/site.hpp"
#include "jekyllpp/site/slugify.hpp"
#include "plugins/jekyll_paginate_v2/key_text.hpp"
#include "plugins/jekyll_paginate_v2/v2_config.hpp"

namespace jekyllpp::site::plugins::paginate_v2 {

using liquid::Value;

namespace {

Value kind_defaults(const char* layout, const char* title, const char* permalink) {
   liquid::Hash slug;
   slug.set("mode", "none");
   slug.set("cased", false);
   liquid::Hash kind;
   kind.set("layouts", Value(liquid::Array{Value(layout)}));
   kind.set("title", title);
   kind.set("permalink", permalink);
   kind.set("enabled", true);
   kind.set("slugify", Value(std::move(slug)));
   return Value(std::move(kind));
}

Value autopage_defaults() {
   liquid::Hash config;
   config.set("enabled", false);
   config.set("tags", kind_defaults("autopage_tags.html", "Posts tagged with :tag", "/tag/:tag"));
   config.set("categories", kind_defaults("autopage_category.html", "Posts in category :cat", "/category/:cat"));
   config.set("collections", kind_defaults("autopage_collection.html", "Posts in collection :coll", "/collection/:coll"));
   return Value(std::move(config));
}

// One kind of autopage: its key in `autopages:`, the document data it indexes, the macro in its
// permalink and title, and the pagination setting it fixes.
struct Kind {
   const char* config_key;
   const char* index_key;
   const char* macro;
   const char* filter_key;
};

// Utils.ap_index_posts_by: each lower-cased value, with the text first seen for it.
std::vector< std::pair< std::string, std::string > > index_values(const std::vector< Document* >& docs,
                                                                  const std::string& key) {
   std::vector< std::pair< std::string, std::string > > index;
   for (const Document* doc : docs) {
      const liquid::Array items = index_items(doc->data.as_hash().find(key));
      for (const Value& item : items) {
         for (const std::string& raw : split_on(strip(filters::ruby_to_s(item)), ";,")) {
            const std::string lowered = strip(downcase(raw));
            bool known = false;
            for (const auto& entry : index) known = known || entry.first == lowered;
            if (!known) index.emplace_back(lowered, raw);
         }
      }
   }
   return index;
}

// The macro replaced (first occurrence) by the value slugified as `slugify:` says.
std::string format_macro(const Value& format, const char* macro, const std::string& value, const Value& slug) {
   const Value& mode = lookup(slug, "mode");
   const Value& cased = lookup(slug, "cased");
   std::string text = filters::ruby_to_s(format);
   std::string slugged = slugify(value, mode.is_nil() ? "default" : filters::ruby_to_s(mode), cased.truthy());
   if (std::size_t at = text.find(macro); at != std::string::npos) text.replace(at, std::string_view(macro).size(), slugged);
   return text;
}

// BaseAutoPage.new: the layout file read as a page named index.html, at the formatted permalink.
std::shared_ptr< Document > autopage(Site& site, const Kind& kind, const Value& kind_config, const Value& pagination,
                                     const std::string& layout_name, const std::string& value, const std::string& display) {
   std::shared_ptr< Document > layout = read_page_without_hooks(site, "_layouts", layout_name);
   auto page = std::make_shared< Document >();
   page->kind = Document::Kind::Page;
   page->ruby_class.clear();  // Category/Tag/CollectionAutoPage: not modelled
   page->name = "index.html";
   page->relative_path = join_path("_layouts", layout_name);
   page->path = site.in_source_dir(page->relative_path);
   page->extname = ".html";
   page->basename_without_ext = "index";
   page->output_ext = site.output_ext_for(".html");
   page->data = layout ? layout->data : Value(liquid::Hash());
   page->front_matter = layout ? layout->front_matter : Value(liquid::Hash());
   page->content = layout ? layout->content : "";

   Value page_pagination = merge_config(pagination, page->get("pagination"));
   liquid::Hash fixed = page_pagination.as_hash();
   fixed.set(kind.filter_key, value);
   page_pagination = Value(std::move(fixed));
   const Value page_config = merge_config(kind_config, page->get("autopages"));
   const Value& slug = lookup(kind_config, "slugify");
   const std::string permalink = format_macro(lookup(page_config, "permalink"), kind.macro, value, slug);
   page->set("permalink", permalink);
   page->url = join_path(permalink, "index.html");
   page->dir = permalink;
   const std::string ext = extname(layout_name);
   page->set("layout", basename(layout_name).substr(0, basename(layout_name).size() - ext.size()));
   page->set("title", format_macro(lookup(page_config, "title"), kind.macro, value, slug));
   page->set("pagination", page_pagination);
   liquid::Hash marker;
   marker.set("layout_path", join_path("_layouts", layout_name));
   marker.set("display_name", display);
   page->set("autopage", Value(std::move(marker)));
   return page;
}

}  // namespace

void create_autopages(Site& site, const Value& pagination_defaults) {
   const Value& site_autopages = site.config.get("autopages");
   const Value config = merge_config(autopage_defaults(), site_autopages);
   const Value pagination = merge_config(pagination_defaults, site.config.get("pagination"));
   if (!lookup(config, "enabled").truthy()) {
      site.logger.info("AutoPages:", "Disabled/Not configured in site.config.");
      return;
   }
   // Utils.collect_all_docs: every collection's documents, each told its collection (__coll).
   std::vector< Document* > docs;
   for (const auto& collection : site.collections)
      for (const auto& doc : collection->docs) {
         if (doc->data.as_hash().contains("pagination")) continue;
         doc->set("__coll", collection->label);
         docs.push_back(doc.get());
      }
   static const Kind kinds[] = {{"tags", "tags", ":tag", "tag"},
                                {"categories", "categories", ":cat", "category"},
                                {"collections", "__coll", ":coll", "collection"}};
   for (const Kind& kind : kinds) {
      const Value& kind_config = lookup(config, kind.config_key);
      if (kind_config.is_nil()) continue;
      if (!lookup(kind_config, "enabled").truthy()) {
         site.logger.info("AutoPages:", std::string(kind.config_key) + " pages are disabled/not configured in site.config.");
         continue;
      }
      site.logger.info("AutoPages:", std::string("Generating ") + kind.config_key + " pages");
      for (const auto& [value, display] : index_values(docs, kind.index_key))
         for (const Value& layout : filters::ruby_array(lookup(kind_config, "layouts")))
            site.pages.push_back(autopage(site, kind, kind_config, pagination, filters::ruby_to_s(layout), value, display));
   }
}

}  // namespace jekyllpp::site::plugins::paginate_v2
