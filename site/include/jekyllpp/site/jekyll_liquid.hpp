#pragma once
// Jekyll's own Liquid filters (Jekyll::Filters) and tags (include, include_relative, link,
// post_url, highlight), registered on a liquid::Environment over Liquid's standard ones
// (Jekyll's `where` and `sort` replace Liquid's).
//
// What they read at render time, from the context's registers:
//   "site": the Site being rendered, as `Site*` or `const Site*` (Jekyll's registers[:site]);
//           its config (url, baseurl, includes_dir, markdown_ext, safe), source, converters,
//           posts and site files (link, post_url).
//   "page": the page being rendered, as a liquid::Value hash (Jekyll's registers[:page]), for
//           include_relative's directory; optional.
// The process time zone is the site's (apply_timezone), as Jekyll sets ENV["TZ"].
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace jekyllpp::liquid {
class Environment;
}

namespace jekyllpp::site {

// Converters Jekyll's filters find with site.find_converter_instance, which the engine
// supplies (markdownify uses the site's own markdown converter).
struct JekyllLiquidConverters {
   // Converters::SmartyPants#convert (kramdown's SmartyPants, for `smartify`).
   std::function< std::string(std::string_view) > smartypants;
   // Converters::Sass / Converters::Scss #convert (for `sassify` / `scssify`).
   std::function< std::string(std::string_view) > sass;
   std::function< std::string(std::string_view) > scss;
};

void register_jekyll_filters(liquid::Environment& environment, JekyllLiquidConverters converters = {});
void register_jekyll_tags(liquid::Environment& environment);

}  // namespace jekyllpp::site
