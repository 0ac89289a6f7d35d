#pragma once
// jekyll-paginate-v2's Paginator: one pagination page's slice of the selected documents, the
// paths of its neighbours, first and last pages, and the optional page trail, as `paginator`
// shows it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {
class SiteDropCache;
struct Document;
}  // namespace jekyllpp::site

namespace jekyllpp::site::plugins::paginate_v2 {

struct TrailEntry {
   std::int64_t num = 0;
   std::string path;
   liquid::Value title;
};

struct Paginator {
   std::int64_t page = 1;
   std::int64_t per_page = 0;
   std::int64_t total_posts = 0;
   std::int64_t total_pages = 0;
   // posts[init..offset] as Ruby slices it; `has_posts` false where that slice is nil.
   std::vector< const Document* > posts;
   bool has_posts = true;
   std::string page_path;
   liquid::Value previous_page_path, next_page_path;
   std::string first_page_path, last_page_path;
   // nil unless `trail:` asks for one.
   std::optional< std::vector< TrailEntry > > page_trail;

   liquid::Value to_liquid(const SiteDropCache& cache) const;
};

// Utils.format_page_number: the first ":num" and then the first ":max" replaced.
std::string format_page_number(std::string text, std::int64_t num, std::int64_t total);

// Paginator.new(per_page, first_index_page_url, paginated_page_url, posts, page, total_pages,
// index_name, index_ext).
Paginator make_paginator(std::int64_t per_page, std::string first_url, std::string paginated_url,
                         const std::vector< const Document* >& posts, std::int64_t page, std::int64_t total_pages,
                         const std::string& index_name, const std::string& index_ext);

}  // namespace jekyllpp::site::plugins::paginate_v2
