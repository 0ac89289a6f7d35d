#include "plugins/jekyll_paginate_v2/v2_paginator.hpp"

#include "jekyllpp/site/drops.hpp"

namespace jekyllpp::site::plugins::paginate_v2 {

using liquid::Value;

namespace {

void replace_first(std::string& text, std::string_view what, const std::string& with) {
   if (std::size_t at = text.find(what); at != std::string::npos) text.replace(at, what.size(), with);
}

// Utils.ensure_full_path: a folder URL gets the index page's name and extension, a URL with no
// dot the name alone.
std::string ensure_full_path(const std::string& url, const std::string& index, const std::string& ext) {
   if (!url.empty() && url.back() == '/') return url + index + ext;
   if (url.find('.') == std::string::npos) return url + index;
   return url;
}

}  // namespace

std::string format_page_number(std::string text, std::int64_t num, std::int64_t total) {
   replace_first(text, ":num", std::to_string(num));
   replace_first(text, ":max", std::to_string(total));
   return text;
}

Paginator make_paginator(std::int64_t per_page, std::string first_url, std::string paginated_url,
                         const std::vector< const Document* >& posts, std::int64_t page, std::int64_t total_pages,
                         const std::string& index_name, const std::string& index_ext) {
   Paginator pager;
   pager.page = page;
   pager.per_page = per_page;
   pager.total_pages = total_pages;
   const std::int64_t size = std::int64_t(posts.size());
   const std::int64_t init = (page - 1) * per_page;
   const std::int64_t offset = init + per_page - 1 >= size ? size : init + per_page - 1;

   const std::string this_url = ensure_full_path(page == 1 ? first_url : paginated_url,
                                                 index_name.empty() ? "index" : index_name,
                                                 index_ext.empty() ? ".html" : index_ext);
   if (!index_name.empty()) {
      first_url = ensure_full_path(first_url, index_name, index_ext);
      paginated_url = ensure_full_path(paginated_url, index_name, index_ext);
   }
   pager.total_posts = size;
   // Array#[init..offset]: nil past the end, [] at it; a negative bound counts from the end.
   std::int64_t from = init < 0 ? init + size : init;
   std::int64_t to = offset < 0 ? offset + size : offset;
   if (from < 0 || from > size) {
      pager.has_posts = false;
   } else {
      for (std::int64_t i = from; i <= to && i < size; ++i) pager.posts.push_back(posts[std::size_t(i)]);
   }
   pager.page_path = format_page_number(this_url, page, total_pages);
   if (page == 2) pager.previous_page_path = format_page_number(first_url, 1, total_pages);
   else if (page != 1) pager.previous_page_path = format_page_number(paginated_url, page - 1, total_pages);
   if (page != total_pages) pager.next_page_path = format_page_number(paginated_url, page + 1, total_pages);
   pager.first_page_path = format_page_number(first_url, 1, total_pages);
   pager.last_page_path = format_page_number(paginated_url, total_pages, total_pages);
   return pager;
}

Value Paginator::to_liquid(const SiteDropCache& cache) const {
   liquid::Hash hash;
   hash.set("per_page", per_page);
   if (has_posts) {
      liquid::Array shown;
      for (const Document* doc : posts) shown.push_back(cache.drop_for(*doc));
      hash.set("posts", std::move(shown));
   } else {
      hash.set("posts", Value());
   }
   hash.set("total_posts", total_posts);
   hash.set("total_pages", total_pages);
   hash.set("page", page);
   hash.set("page_path", page_path);
   hash.set("previous_page", page != 1 ? Value(page - 1) : Value());
   hash.set("previous_page_path", previous_page_path);
   hash.set("next_page", page != total_pages ? Value(page + 1) : Value());
   hash.set("next_page_path", next_page_path);
   hash.set("first_page", 1);
   hash.set("first_page_path", first_page_path);
   hash.set("last_page", total_pages);
   hash.set("last_page_path", last_page_path);
   if (page_trail) {
      liquid::Array trail;
      for (const TrailEntry& entry : *page_trail) {
         liquid::Hash item;
         item.set("num", entry.num);
         item.set("path", entry.path);
         item.set("title", entry.title);
         trail.push_back(Value(std::move(item)));
      }
      hash.set("page_trail", std::move(trail));
   } else {
      hash.set("page_trail", Value());
   }
   return Value(std::move(hash));
}

}  // namespace jekyllpp::site::plugins::paginate_v2
