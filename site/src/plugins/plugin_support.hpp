#pragma once
// Helpers the native plugins share.
#include <cstddef>
#include <optional>
#include <string>

#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::plugins {

// site.find_converter_instance(Jekyll::Converters::Markdown), or nullptr.
const Converter* markdown_converter(const Site& site);

// The part of a page's output jekyll-mentions and jemoji filter when the output contains
// "<body": from after the first /<body(.*?)>\s*/m to the first "</body>" (or the end);
// nullopt when that tag has no ">" (the output stays as it is).
struct Span {
   std::size_t begin = 0, end = 0;
};
std::optional< Span > html_body(const std::string& output);

}  // namespace jekyllpp::site::plugins
