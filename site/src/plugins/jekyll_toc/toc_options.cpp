#include "plugins/jekyll_toc/toc_options.hpp"

#include "filters/text.hpp"
#include "jekyllpp/site/config.hpp"

namespace jekyllpp::site::plugins::toc {

using liquid::Value;

Options read_options(const Value& config) {
   Options options;
   if (!config.is_hash()) return options;
   auto text = [&](const char* key, std::string& into) {
      if (const Value* value = config.as_hash().find(key)) into = filters::ruby_to_s(*value);
   };
   if (const Value* value = config.as_hash().find("min_level"); value && value->is_integer()) options.min_level = value->as_integer();
   if (const Value* value = config.as_hash().find("max_level"); value && value->is_integer()) options.max_level = value->as_integer();
   if (const Value* value = config.as_hash().find("ordered_list")) options.ordered_list = value->truthy();
   if (const Value* value = config.as_hash().find("no_toc_section_class")) {
      options.no_toc_section_classes.clear();
      if (value->is_array())
         for (const Value& item : value->as_array()) options.no_toc_section_classes.push_back(filters::ruby_to_s(item));
      else
         options.no_toc_section_classes.push_back(filters::ruby_to_s(*value));
   }
   text("list_id", options.list_id);
   text("list_class", options.list_class);
   text("sublist_class", options.sublist_class);
   text("item_class", options.item_class);
   text("item_prefix", options.item_prefix);
   return options;
}

}  // namespace jekyllpp::site::plugins::toc
