#pragma once
// The factories of the native plugins, one per gem (listed in plugin_registry.cpp).
#include <memory>

#include "jekyllpp/site/plugins/plugin.hpp"

namespace jekyllpp::site::plugins {

std::unique_ptr< Plugin > make_seo_tag_plugin();
std::unique_ptr< Plugin > make_github_metadata_plugin();
std::unique_ptr< Plugin > make_optional_front_matter_plugin();
std::unique_ptr< Plugin > make_titles_from_headings_plugin();
std::unique_ptr< Plugin > make_default_layout_plugin();
std::unique_ptr< Plugin > make_readme_index_plugin();
std::unique_ptr< Plugin > make_relative_links_plugin();
std::unique_ptr< Plugin > make_mentions_plugin();
std::unique_ptr< Plugin > make_paginate_plugin();
std::unique_ptr< Plugin > make_paginate_v2_plugin();
std::unique_ptr< Plugin > make_redirect_from_plugin();
std::unique_ptr< Plugin > make_gist_plugin();
std::unique_ptr< Plugin > make_avatar_plugin();
std::unique_ptr< Plugin > make_include_cache_plugin();
std::unique_ptr< Plugin > make_feed_plugin();
std::unique_ptr< Plugin > make_sitemap_plugin();
std::unique_ptr< Plugin > make_jemoji_plugin();
std::unique_ptr< Plugin > make_toc_plugin();
std::unique_ptr< Plugin > make_last_modified_at_plugin();
std::unique_ptr< Plugin > make_archives_plugin();
}  // namespace jekyllpp::site::plugins
