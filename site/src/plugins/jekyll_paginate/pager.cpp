#include "plugins/jekyll_paginate/pager.hpp"

#include <cmath>

#include "jekyllpp/site/drops.hpp"
#include "jekyllpp/site/errors.hpp"

namespace jekyllpp::site::plugins::paginate {

using liquid::Value;

bool hidden(const Value& post) { return post.is_drop() && post.as_drop().get("hidden").truthy(); }

std::int64_t calculate_pages(std::int64_t posts, std::int64_t per_page) {
   double pages = double(posts) / double(per_page);
   // Float#ceil raises FloatDomainError for `paginate: 0`.
   if (std::isnan(pages)) throw Error(Error::Kind::Other, "NaN", "FloatDomainError");
   if (std::isinf(pages)) throw Error(Error::Kind::Other, pages > 0 ? "Infinity" : "-Infinity", "FloatDomainError");
   return std::int64_t(std::ceil(pages));
}

Value Pager::to_liquid(const SiteDropCache& cache) const {
   liquid::Array shown;
   if (cache.posts.is_array()) {
      // all_posts[init..offset] over the posts that are not hidden.
      const std::int64_t first = (page - 1) * per_page;
      const std::int64_t last = first + per_page - 1;
      std::int64_t index = 0;
      for (const Value& post : cache.posts.as_array()) {
         if (hidden(post)) continue;
         if (index >= first && index <= last) shown.push_back(post);
         if (++index > last) break;
      }
   }
   liquid::Hash hash;
   hash.set("page", page);
   hash.set("per_page", per_page);
   hash.set("posts", std::move(shown));
   hash.set("total_posts", total_posts);
   hash.set("total_pages", total_pages);
   hash.set("previous_page", page != 1 ? Value(page - 1) : Value());
   hash.set("previous_page_path", previous_page_path);
   hash.set("next_page", page != total_pages ? Value(page + 1) : Value());
   hash.set("next_page_path", next_page_path);
   return Value(std::move(hash));
}

}  // namespace jekyllpp::site::plugins::paginate
