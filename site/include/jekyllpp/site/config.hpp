#pragma once
// Jekyll's configuration: the DEFAULTS table of configuration.rb, config files merged in order
// (_config.yml by default), then command-line overrides, then default collections/excludes.
#include <string>
#include <string_view>
#include <vector>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {

class Logger;
struct Theme;

// Utils.deep_merge_hashes: hashes merge recursively; a nil in `overlay` keeps the old value.
liquid::Value deep_merge(const liquid::Value& base, const liquid::Value& overlay);
// base = deep_merge(base, overlay), in place when base alone holds its hash.
void deep_merge_into(liquid::Value& base, const liquid::Value& overlay);

// Reads a value in a Hash value (nil when absent or not a hash).
const liquid::Value& lookup(const liquid::Value& hash, std::string_view key);

// The permalink template a style names (date, pretty, ordinal, weekdate, none), or the
// style itself when it is a template already.
std::string style_to_permalink(const std::string& style);

struct Config {
   liquid::Value data;  // the merged configuration hash, as site.config

   const liquid::Value& get(std::string_view key) const { return lookup(data, key); }
   bool flag(std::string_view key) const { return get(key).truthy(); }
   std::string string(std::string_view key) const;  // to_s; "" for nil
   std::vector< std::string > strings(std::string_view key) const;  // Array(value).map(to_s)

   std::string source;       // absolute source directory
   std::string destination;  // absolute destination directory
   // The first `collections` list entry that is a hash or a list: Jekyll keeps it as a label and
   // fails on it in Collection#sanitize_label; data holds it under its text. Nil when none.
   liquid::Value unusable_collection_label;
};

// Jekyll.configuration(override): DEFAULTS < config files < overrides. `overrides` is a hash
// with the command-line options ("source", "destination", "config", "baseurl", "show_drafts"...).
// Logs "Configuration file: PATH"; throws site::Error on an unreadable or invalid file.
Config load_config(const liquid::Value& overrides, Logger& logger);

// Site#load_theme_configuration: the theme's own _config.yml (not a symlink) under the site's
// configuration, the site's values winning; the theme may not set any key of Jekyll's DEFAULTS.
// Logs "Theme Config file: PATH". `ignore_theme_config: true` skips it.
Config with_theme_configuration(Config config, const Theme& theme, Logger& logger);

// Applies `timezone:` the way Jekyll does (sets TZ for the process).
void apply_timezone(const Config& config);

}  // namespace jekyllpp::site
