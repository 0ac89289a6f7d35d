// jekyll-paginate-v2 3.0.0: every page whose `pagination:` front matter is enabled is a template.
// It leaves the site, and pagination pages made from it (its data and content copied) take its
// place at the end of site.pages, each with its slice of the configured documents as
// `paginator` (Jekyll::PaginateV2::Generator). `autopages:` first makes the tag, category and
// collection pages that paginate in their turn (autopages.hpp).
#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "filters/ruby_ops.hpp"
#include "filters/text.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/jekyll_paginate/pager.hpp"
#include "plugins/jekyll_paginate_v2/autopages.hpp"
#include "plugins/jekyll_paginate_v2/post_selection.hpp"
#include "plugins/jekyll_paginate_v2/v2_config.hpp"
#include "plugins/jekyll_paginate_v2/v2_paginator.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;
using paginate_v2::default_config;
using paginate_v2::merge_config;
using paginate_v2::Paginator;

// Ruby's to_i on a setting (nil and unparsable text are 0).
std::int64_t to_i(const Value& value) {
   if (value.is_integer()) return value.as_integer();
   if (value.is_float()) return std::int64_t(value.as_float());
   if (value.is_string()) return std::strtoll(value.as_string().c_str(), nullptr, 10);
   if (value.is_nil()) return 0;
   throw Error(Error::Kind::Other, filters::undefined_method("to_i", value), "NoMethodError");
}

std::string ensure_trailing_slash(const std::string& path) {
   return !path.empty() && path.back() == '/' ? path : path + "/";
}

// File.join of two parts: one separator between them.
std::string file_join(std::string left, std::string right) {
   while (!left.empty() && left.back() == '/') left.pop_back();
   std::size_t lead = right.find_first_not_of('/');
   right.erase(0, lead == std::string::npos ? right.size() : lead);
   return left + "/" + right;
}

// Page#dir as Jekyll's own code reads it.
std::string page_dir(const Document& page) {
   if (!page.url.empty() && page.url.back() == '/') return page.url;
   std::string dir = dirname(page.url);
   return dir.back() == '/' ? dir : dir + "/";
}

bool enabled_template(const Document& page) {
   const Value& pagination = page.get("pagination");
   return pagination.is_hash() && lookup(pagination, "enabled").truthy();
}

// PaginationPage.new(template, num, total, name): the template's data and (unless it is an
// autopage) content, under the given name, outside any folder.
std::shared_ptr< Document > pagination_page(Site& site, const Document& tmpl, const std::string& name,
                                            std::int64_t num, std::int64_t total) {
   auto page = std::make_shared< Document >();
   page->kind = Document::Kind::Page;
   page->ruby_class = "Jekyll::PaginateV2::Generator::PaginationPage";
   page->name = name;
   page->relative_path = name;
   page->path = site.in_source_dir(name);
   page->extname = extname(name);
   page->basename_without_ext = name.substr(0, name.size() - page->extname.size());
   page->output_ext = site.output_ext_for(page->extname);
   page->data = tmpl.data;
   page->front_matter = tmpl.front_matter.is_hash() ? tmpl.front_matter : tmpl.data;
   const Value& autopage = tmpl.get("autopage");
   if (!autopage.truthy()) {
      page->content = tmpl.content;
   } else if (autopage.is_hash() && autopage.as_hash().contains("display_name")) {
      page->set("autopages", autopage);
   }
   liquid::Hash info;
   info.set("curr_page", num);
   info.set("total_pages", total);
   page->set("pagination_info", Value(std::move(info)));
   return page;
}

void set_url(Site& site, Document& page, const std::string& url) {
   page.url = url;
   std::string path = sanitized_path(site.dest, url);
   if (!url.empty() && url.back() == '/') path = join_path(path, "index");
   if (path.size() < page.output_ext.size() ||
       path.compare(path.size() - page.output_ext.size(), page.output_ext.size(), page.output_ext) != 0)
      path += page.output_ext;
   page.destination = path;
}

void add_trail(std::vector< std::shared_ptr< Document > >& pages, std::vector< Paginator* >& pagers, const Value& trail) {
   if (!trail.truthy() || pages.size() <= 1) return;
   const std::int64_t before = std::max< std::int64_t >(to_i(lookup(trail, "before")), 0);
   const std::int64_t after = std::max< std::int64_t >(to_i(lookup(trail, "after")), 0);
   if (before == 0 && after == 0) return;
   const std::int64_t length = before + after + 1;
   const std::int64_t count = std::int64_t(pages.size());
   for (Paginator* pager : pagers) {
      std::int64_t start = std::max< std::int64_t >(pager->page - before - 1, 0);
      std::int64_t end = std::min(start + length, count);
      if (end - start < length) start = std::max< std::int64_t >(start - (length - (end - start)), 0);
      std::vector< paginate_v2::TrailEntry > entries;
      for (std::int64_t i = start; i < end; ++i)
         entries.push_back({i + 1, pagers[std::size_t(i)]->page_path, pages[std::size_t(i)]->get("title")});
      pager->page_trail = std::move(entries);
   }
}

// PaginationModel#paginate for one template.
void paginate(Site& site, Document& tmpl, const Value& config, std::vector< std::shared_ptr< Document > >& made) {
   std::vector< Document* > docs = paginate_v2::docs_in_collections(site, lookup(config, "collection"));
   std::vector< const Document* > posts = paginate_v2::select_posts(docs, config);
   const std::int64_t per_page = to_i(lookup(config, "per_page"));
   std::int64_t total_pages = paginate::calculate_pages(std::int64_t(posts.size()), per_page);
   const std::int64_t limit = to_i(lookup(config, "limit"));
   if (limit > 0 && limit < total_pages) total_pages = limit;

   site.pages.erase(std::remove_if(site.pages.begin(), site.pages.end(),
                                   [&](const std::shared_ptr< Document >& page) { return page.get() == &tmpl; }),
                    site.pages.end());

   const Value& indexpage = lookup(config, "indexpage");
   const Value& extension = lookup(config, "extension");
   const std::string index_name = indexpage.is_nil() ? "" : filters::ruby_to_s(indexpage).substr(0, filters::ruby_to_s(indexpage).find('.'));
   std::string index_ext = extension.is_nil() ? "" : filters::ruby_to_s(extension);
   if (!extension.is_nil() && (index_ext.empty() || index_ext[0] != '.')) index_ext = "." + index_ext;
   const std::string name = index_name + index_ext;
   if (total_pages == 0) total_pages = 1;

   const Value& permalink = tmpl.get("permalink");
   const std::string first_url = ensure_trailing_slash(permalink.truthy() ? filters::ruby_to_s(permalink) : page_dir(tmpl));
   const std::string paginated_url = file_join(first_url, filters::ruby_to_s(lookup(config, "permalink")));
   const Value& site_title = site.config.get("title");
   const Value& own_title = tmpl.get("title");

   std::vector< std::shared_ptr< Document > > pages;
   std::vector< Paginator* > pagers;
   for (std::int64_t num = 1; num <= total_pages; ++num) {
      auto page = pagination_page(site, tmpl, name, num, total_pages);
      auto pager = std::make_shared< Paginator >(
         paginate_v2::make_paginator(per_page, first_url, paginated_url, posts, num, total_pages, index_name, index_ext));
      const std::string& path = pager->page_path;
      if (permalink.truthy()) {
         page->set("permalink", path);
         // Renderer#output_ext: the permalink's extension first (`index.html` makes an HTML page)
         if (!path.empty() && path.back() != '/' && !extname(path).empty()) page->output_ext = extname(path);
      }
      if (!path.empty() && path.back() == '/') set_url(site, *page, file_join(path, name));
      else if (path.size() >= index_ext.size() && path.compare(path.size() - index_ext.size(), index_ext.size(), index_ext) == 0)
         set_url(site, *page, path);
      else set_url(site, *page, path + index_ext);
      const Value title = own_title.truthy() ? own_title : site_title;
      if (num > 1) {
         std::string format = filters::ruby_to_s(lookup(config, "title"));
         if (std::size_t at = format.find(":title"); at != std::string::npos) format.replace(at, 6, filters::ruby_to_s(title));
         page->set("title", paginate_v2::format_page_number(format, num, total_pages));
         page->set("autogen", "jekyll-paginate-v2");
      } else {
         page->set("title", title);
      }
      page->paginator = [pager](const SiteDropCache& cache) { return pager->to_liquid(cache); };
      pagers.push_back(pager.get());
      site.pages.push_back(page);
      pages.push_back(page);
      made.push_back(page);
   }
   add_trail(pages, pagers, lookup(config, "trail"));
}

// Jekyll's LiquidRenderer caches parsed templates by the page's path, and every pagination page
// has the same one (its name, `index.html` with `indexpage: index`): the first page of that path
// rendered with Liquid, in site.pages order, is the template the pagination pages after it that
// render with Liquid reuse. A site page of that path (the root index.html) comes before them all.
void share_parsed_template(const std::vector< std::shared_ptr< Document > >& pages,
                           const std::vector< std::shared_ptr< Document > >& made) {
   std::map< std::string, const std::string* > first;
   const std::set< const Document* > generated = [&] {
      std::set< const Document* > all;
      for (const auto& page : made) all.insert(page.get());
      return all;
   }();
   for (const auto& page : pages) {
      const Value& flag = page->own("render_with_liquid");
      const bool liquid = page->content.find("{%") != std::string::npos || page->content.find("{{") != std::string::npos;
      if ((flag.is_bool() && !flag.as_bool()) || !liquid) continue;
      auto [at, inserted] = first.emplace(page->relative_path, &page->content);
      if (!inserted && generated.count(page.get())) page->content = *at->second;
   }
}

class PaginateV2Plugin : public Plugin {
public:
   std::string name() const override { return "jekyll-paginate-v2"; }
   bool has_generator() const override { return true; }
   int generator_priority() const override { return Lowest; }

   void generate(Site& site) const override {
      paginate_v2::create_autopages(site, default_config());
      Value config = merge_config(default_config(), site.config.get("pagination"));
      if (!site.config.get("paginate").is_nil()) {
         site.logger.info("Pagination:", "Legacy paginate configuration settings detected and will be used.");
         if (!site.config.get("pagination").is_nil()) {
            const std::string message =
               "The new jekyll-paginate-v2 and the old jekyll-paginate logic cannot both be configured in the site "
               "config at the same time. Please disable the old 'paginate:' config settings by either omitting the "
               "values or setting them to 'paginate:off'.";
            site.logger.error(message);
            throw Error(Error::Kind::Other, message, "ArgumentError");
         }
         site.logger.warn("Pagination:", "You are running jekyll-paginate backwards compatible pagination logic. "
                                         "Please ignore all earlier warnings displayed related to the old jekyll-paginate gem.");
         // PaginationModel#run_compatability: the legacy mode stopped working on 2018-01-01.
         throw Error(Error::Kind::Other,
                     "Legacy jekyll-paginate configuration compatibility mode has expired. Please upgrade to "
                     "jekyll-paginate-v2 configuration.",
                     "ArgumentError");
      }
      if (!lookup(config, "enabled").truthy()) {
         site.logger.info("Pagination:", "Disabled in site.config.");
         return;
      }
      if (!lookup(config, "title_suffix").is_nil())
         site.logger.warn("Deprecation:", "Pagination: The 'title_suffix' configuration has been deprecated. Please use "
                                          "'title'. See https://github.com/sverrirs/jekyll-paginate-v2/blob/master/"
                                          "README-GENERATOR.md#site-configuration");
      std::vector< Document* > templates;
      for (const auto& page : site.pages)
         if (enabled_template(*page)) templates.push_back(page.get());
      if (templates.empty()) {
         site.logger.warn("Pagination:", "Is enabled, but I couldn't find any pagination page. Skipping pagination. "
                                         "Pages must have 'pagination: enabled: true' in their front-matter for "
                                         "pagination to work.");
         site.logger.info("Pagination:", "Complete, processed  pagination page(s)");
         return;
      }
      std::vector< std::shared_ptr< Document > > made;
      std::vector< std::shared_ptr< Document > > keep_alive;
      for (Document* tmpl : templates) {
         Value template_config = merge_config(config, tmpl->get("pagination"));
         if (template_config.is_hash() && template_config.as_hash().contains("title_suffix")) {
            liquid::Hash fixed = template_config.as_hash();
            fixed.erase("title_suffix");
            template_config = Value(std::move(fixed));
         }
         if (!lookup(template_config, "enabled").truthy()) continue;
         for (const auto& page : site.pages)
            if (page.get() == tmpl) keep_alive.push_back(page);
         paginate(site, *tmpl, template_config, made);
      }
      share_parsed_template(site.pages, made);
      site.logger.info("Pagination:", "Complete, processed " + std::to_string(templates.size()) + " pagination page(s)");
   }
};

}  // namespace

std::unique_ptr< Plugin > make_paginate_v2_plugin() { return std::make_unique< PaginateV2Plugin >(); }

}  // namespace jekyllpp::site::plugins
