#pragma once
// Jekyll::PluginManager#conscientious_require, as far as it can fail: every gem named by
// `plugins:` (Jekyll 4 ignores the old `gems:`) and by the theme's runtime dependencies must be one jekyllpp
// provides natively, as Jekyll's require would find it installed
// (Jekyll::External.require_with_graceful_fail).
#include <string>
#include <vector>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/logger.hpp"
#include "jekyllpp/site/theme.hpp"

namespace jekyllpp::site::plugins {

// Throws site::Error (after logging Jekyll's "Dependency Error: Yikes! ...") when a plugin is
// missing; `theme` is the site's resolved theme (configure_theme) or null. Safe mode skips
// plugins outside GitHub Pages' whitelist, as Jekyll's plugin_allowed? does. Returns the gems required, in Jekyll's load order (the
// theme's dependencies first), each once.
std::vector< std::string > require_plugins(const Config& config, const Theme* theme, Logger& logger);

// External.require_with_graceful_fail for a gem that is not here: logs Jekyll's "Dependency
// Error: Yikes! ..." and throws its MissingDependencyException (a fatal site::Error).
[[noreturn]] void missing_dependency(const std::string& name, Logger& logger);

}  // namespace jekyllpp::site::plugins
