#pragma once
// One registration function per Jekyll tag (see jekyll_liquid.hpp), and the include cache.
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "jekyllpp/liquid/template.hpp"

namespace jekyllpp::site::tags {

// What every include tag of one environment (one site) shares: where each include name was
// found (Jekyll's site.inclusions) and each include file, parsed once.
class IncludeCache {
public:
   std::optional< std::string > location(const std::string& file);
   void remember_location(const std::string& file, const std::string& path);
   // The parsed file at path; throws liquid::Error for a syntax error in it.
   const liquid::Template& partial(const std::string& path, const liquid::Environment& environment);

private:
   std::mutex mutex_;
   std::unordered_map< std::string, std::string > locations_;
   std::unordered_map< std::string, liquid::Template > partials_;
};

void register_include_tags(liquid::Environment& environment);
void register_link_tag(liquid::Environment& environment);
void register_post_url_tag(liquid::Environment& environment);
void register_highlight_tag(liquid::Environment& environment);

}  // namespace jekyllpp::site::tags
