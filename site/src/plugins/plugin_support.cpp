#include "plugins/plugin_support.hpp"

namespace jekyllpp::site::plugins {

const Converter* markdown_converter(const Site& site) {
   for (const auto& converter : site.converters)
      if (converter->class_name() == "Jekyll::Converters::Markdown") return converter.get();
   return nullptr;
}

}  // namespace jekyllpp::site::plugins
