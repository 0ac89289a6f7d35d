#pragma once
// jekyll-toc's Configuration: the `toc:` settings over its defaults.
#include <cstdint>
#include <string>
#include <vector>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site::plugins::toc {

struct Options {
   std::int64_t min_level = 1;
   std::int64_t max_level = 6;
   bool ordered_list = false;
   std::vector< std::string > no_toc_section_classes{"no_toc_section"};
   std::string list_id = "toc";
   std::string list_class = "section-nav";
   std::string sublist_class;
   std::string item_class = "toc-entry";
   std::string item_prefix = "toc-";
};

// Configuration.new(site.config["toc"] || {}); a value that is not a hash leaves the defaults.
Options read_options(const liquid::Value& config);

}  // namespace jekyllpp::site::plugins::toc
