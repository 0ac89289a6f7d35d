#pragma once
// Helpers the native plugins share.
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::plugins {

// site.find_converter_instance(Jekyll::Converters::Markdown), or nullptr.
const Converter* markdown_converter(const Site& site);

}  // namespace jekyllpp::site::plugins
