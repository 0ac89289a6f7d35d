#include <functional>
#include <map>

#include "jekyllpp/site/plugins/plugin.hpp"
#include "jekyllpp/site/plugins/registry.hpp"

namespace jekyllpp::site::plugins {

std::unique_ptr< Plugin > make_plugin(std::string_view name) {
   // One line per gem; each factory lives beside its plugin (plugins/registry.hpp).
   static const std::map< std::string_view, std::function< std::unique_ptr< Plugin >() > > factories = {
      {"jekyll-seo-tag", make_seo_tag_plugin},
      {"jekyll-github-metadata", make_github_metadata_plugin},
      {"jekyll-optional-front-matter", make_optional_front_matter_plugin},
      {"jekyll-titles-from-headings", make_titles_from_headings_plugin},
      {"jekyll-default-layout", make_default_layout_plugin},
      {"jekyll-readme-index", make_readme_index_plugin},
      {"jekyll-relative-links", make_relative_links_plugin},
      {"jekyll-mentions", make_mentions_plugin},
      {"jekyll-paginate", make_paginate_plugin},
      {"jekyll-paginate-v2", make_paginate_v2_plugin},
      {"jekyll-redirect-from", make_redirect_from_plugin},
      {"jekyll-gist", make_gist_plugin},
      {"jekyll-avatar", make_avatar_plugin},
      {"jekyll-include-cache", make_include_cache_plugin},
      {"jekyll-feed", make_feed_plugin},
      {"jekyll-sitemap", make_sitemap_plugin},
      {"jemoji", make_jemoji_plugin},
      {"jekyll-toc", make_toc_plugin},
      {"jekyll-last-modified-at", make_last_modified_at_plugin},
      {"jekyll-archives", make_archives_plugin},
   };
   auto found = factories.find(name);
   return found == factories.end() ? nullptr : found->second();
}

}  // namespace jekyllpp::site::plugins
