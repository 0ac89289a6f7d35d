#pragma once
// The converters the engine plugs into the site, as Jekyll's plugins register them:
// Jekyll::Converters::Markdown (kramdown options from `kramdown:`) and
// Jekyll::Converters::Scss/Sass (jekyll-sass-converter 2.2, options from `sass:`).
#include <memory>
#include <string>
#include <vector>

#include "jekyllpp/engine/conversion_cache.hpp"
#include "jekyllpp/markdown/markdown.hpp"
#include "jekyllpp/site/converter.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::engine {

// `plugins`: the gems required; with jekyll-commonmark, `markdown: CommonMark` selects its processor.
// `cache`, when given, holds conversions made with this configuration (serve).
std::unique_ptr< site::Converter > make_markdown_converter(const site::Config& config,
                                                          const std::vector< std::string >& plugins,
                                                          site::Logger& logger,
                                                          std::shared_ptr< ConversionCache > cache = nullptr);
// The `kramdown:` options of the site's configuration (also those of Jekyll's SmartyPants
// converter, which the `smartify` filter uses). `error`, when given, gets kramdown's message for an
// option it rejects (the option keeps its default).
markdown::Options kramdown_options(const site::Config& config, std::string* error = nullptr);
// Sass converters need the site: source maps become pages of it.
std::unique_ptr< site::Converter > make_scss_converter(site::Site& site, bool indented_syntax);

}  // namespace jekyllpp::engine
