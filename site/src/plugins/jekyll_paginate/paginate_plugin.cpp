// jekyll-paginate 1.1.0: with `paginate: N`, the index.html nearest `paginate_path` is the
// template of the paged post lists: it shows page 1, and copies of it (read again from its
// file) at paginate_path with :num = 2, 3, ... show the others (Jekyll::Paginate::Pagination).
#include <cstdlib>

#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/jekyll_paginate/pager.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

std::string ensure_leading_slash(const std::string& path) { return !path.empty() && path[0] == '/' ? path : "/" + path; }
std::string remove_leading_slash(const std::string& path) { return ensure_leading_slash(path).substr(1); }

// File.expand_path(path, base) for paths without "~".
std::string expand_path(const std::string& path, const std::string& base) {
   std::string joined = !path.empty() && path[0] == '/' ? path : base + "/" + path;
   std::string out;
   std::size_t start = 0;
   while (start <= joined.size()) {
      std::size_t slash = joined.find('/', start);
      std::string part = joined.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
      if (part == "..") {
         std::size_t cut = out.find_last_of('/');
         out.erase(cut == std::string::npos ? 0 : cut);
      } else if (!part.empty() && part != ".") {
         out += "/" + part;
      }
      if (slash == std::string::npos) break;
      start = slash + 1;
   }
   return out.empty() ? "/" : out;
}

// Page#path: the front matter's `path`, else the path relative to the source.
std::string page_path(const Document& page) {
   const Value& custom = page.get("path");
   return custom.is_nil() ? page.relative_path : liquid::to_output(custom);
}

// Pager.pagination_candidate?: an index.html in the directory of paginate_path or above it.
bool pagination_candidate(const Site& site, const Document& page, const std::string& paginate_path) {
   if (page.name != "index.html") return false;
   const std::string page_dir = dirname(expand_path(remove_leading_slash(page_path(page)), site.source));
   std::string dir = dirname(expand_path(remove_leading_slash(paginate_path), site.source));
   while (dir != dirname(dir)) {
      if (page_dir == dir) return true;
      dir = dirname(dir);
   }
   return false;
}

// Pagination#template_page: the candidate with the longest path.
Document* template_page(const Site& site, const std::string& paginate_path) {
   Document* found = nullptr;
   for (const auto& page : site.pages)
      if (pagination_candidate(site, *page, paginate_path) &&
          (!found || page_path(*page).size() > page_path(*found).size()))
         found = page.get();
   return found;
}

// Ruby's to_i on the `paginate` setting.
std::int64_t per_page_setting(const Value& setting) {
   if (setting.is_integer()) return setting.as_integer();
   if (setting.is_float()) return std::int64_t(setting.as_float());
   if (setting.is_string()) return std::strtoll(setting.as_string().c_str(), nullptr, 10);
   throw Error(Error::Kind::Other, "undefined method `to_i' for " + liquid::inspect(setting));
}

// Page#dir: the directory of the page's URL, where Jekyll looks for the file again.
std::string url_dir(const std::string& url) {
   if (!url.empty() && url.back() == '/') return url;
   std::string dir = dirname(url);
   return dir.back() == '/' ? dir : dir + "/";
}

class PaginatePlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-paginate"; }
   bool has_generator() const override { return true; }
   int generator_priority() const override { return Lowest; }

   void generate(Site& site) const override {
      const Value& setting = site.config.get("paginate");
      if (setting.is_nil() || site.pages.empty()) return;
      const std::string paginate_path = liquid::to_output(site.config.get("paginate_path"));
      Document* first = template_page(site, paginate_path);
      if (!first) {
         site.logger.warn("Pagination:", "Pagination is enabled, but I couldn't find an index.html page to use as "
                                         "the pagination template. Skipping pagination.");
         return;
      }
      paginate(site, *first, per_page_setting(setting), paginate_path);
   }

private:
   static void paginate(Site& site, Document& first, std::int64_t per_page, const std::string& paginate_path) {
      std::int64_t total_posts = 0;
      for (const auto& post : site.posts().docs)
         if (!post->get("hidden").truthy()) ++total_posts;
      const std::int64_t total_pages = paginate::calculate_pages(total_posts, per_page);
      auto path_of = [&](std::int64_t num) -> Value {
         if (num <= 1) return Value(first.url);
         std::string path = paginate_path;
         if (std::size_t at = path.find(":num"); at != std::string::npos) path.replace(at, 4, std::to_string(num));
         return Value(ensure_leading_slash(path));
      };
      const std::string first_dir = url_dir(first.url);
      for (std::int64_t num = 1; num <= total_pages; ++num) {
         paginate::Pager pager;
         pager.page = num;
         pager.per_page = per_page;
         pager.total_posts = total_posts;
         pager.total_pages = total_pages;
         if (num != 1) pager.previous_page_path = path_of(num - 1);
         if (num != total_pages) pager.next_page_path = path_of(num + 1);
         auto paginator = [pager](const SiteDropCache& cache) { return pager.to_liquid(cache); };
         if (num == 1) {
            first.paginator = paginator;
            continue;
         }
         std::shared_ptr< Document > page = read_page(site, first_dir, first.name);
         if (!page) continue;
         page->dir = path_of(num).as_string();
         assign_url(site, *page);
         page->paginator = paginator;
         site.pages.push_back(std::move(page));
      }
   }
};

}  // namespace

std::unique_ptr< Plugin > make_paginate_plugin() { return std::make_unique< PaginatePlugin >(); }

}  // namespace jekyllpp::site::plugins
