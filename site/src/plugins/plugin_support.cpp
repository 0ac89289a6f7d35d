#include "plugins/plugin_support.hpp"

namespace jekyllpp::site::plugins {

const Converter* markdown_converter(const Site& site) {
   for (const auto& converter : site.converters)
      if (converter->class_name() == "Jekyll::Converters::Markdown") return converter.get();
   return nullptr;
}

std::optional< Span > html_body(const std::string& output) {
   const std::size_t tag = output.find("<body");
   const std::size_t close = tag == std::string::npos ? tag : output.find('>', tag);
   if (close == std::string::npos) return std::nullopt;
   std::size_t begin = output.find_first_not_of(" \t\r\n\f\v", close + 1);
   if (begin == std::string::npos) begin = output.size();
   const std::size_t end = output.find("</body>", begin);
   return Span{begin, end == std::string::npos ? output.size() : end};
}

}  // namespace jekyllpp::site::plugins
