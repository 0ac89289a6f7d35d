#include "plugins/jekyll_paginate_v2/v2_config.hpp"

#include "filters/ruby_ops.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"

namespace jekyllpp::site::plugins::paginate_v2 {

using liquid::Value;

Value merge_config(const Value& base, const Value& overlay) {
   if (!overlay.truthy()) return base;
   if (!overlay.is_hash())
      throw Error(Error::Kind::Other, filters::no_implicit_conversion(overlay, "Hash"), "TypeError");
   return deep_merge(base, overlay);
}

Value default_config() {
   liquid::Hash trail;
   trail.set("before", 0);
   trail.set("after", 0);
   liquid::Hash config;
   config.set("enabled", false);
   config.set("collection", "posts");
   config.set("offset", 0);
   config.set("per_page", 10);
   config.set("permalink", "/page:num/");
   config.set("title", ":title - page :num");
   config.set("page_num", 1);
   config.set("sort_reverse", false);
   config.set("sort_field", "date");
   config.set("limit", 0);
   config.set("trail", Value(std::move(trail)));
   config.set("indexpage", Value());
   config.set("extension", "html");
   config.set("debug", false);
   config.set("legacy", false);
   return Value(std::move(config));
}

}  // namespace jekyllpp::site::plugins::paginate_v2
