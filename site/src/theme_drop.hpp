#pragma once
// Jekyll::Drops::ThemeDrop: what the payload's `theme` shows of the site's gem-based theme.
#include "jekyllpp/liquid/value.hpp"
#include "jekyllpp/site/theme.hpp"

namespace jekyllpp::site {

// The drop for `theme` (root, version, authors, dependencies, description, metadata, read from
// the theme's gemspec).
liquid::Value make_theme_drop(const Theme& theme);

}  // namespace jekyllpp::site
