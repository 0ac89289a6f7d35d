#pragma once
// jekyll-paginate's Pager: one page of the site's posts (hidden ones left out) and the links
// to its neighbours, as `paginator` shows it.
#include <cstdint>
#include <string>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {
class SiteDropCache;
}

namespace jekyllpp::site::plugins::paginate {

struct Pager {
   std::int64_t page = 1;
   std::int64_t per_page = 0;
   std::int64_t total_posts = 0;
   std::int64_t total_pages = 0;
   liquid::Value previous_page_path;  // nil on the first page
   liquid::Value next_page_path;      // nil on the last page

   // Pager#to_liquid, its posts taken from site.posts (newest first) as this render sees them.
   liquid::Value to_liquid(const SiteDropCache& cache) const;
};

// Pager.calculate_pages: (posts / per_page).ceil.
std::int64_t calculate_pages(std::int64_t posts, std::int64_t per_page);

// Whether a site.posts entry is left out of pagination (`hidden: true`).
bool hidden(const liquid::Value& post);

}  // namespace jekyllpp::site::plugins::paginate
