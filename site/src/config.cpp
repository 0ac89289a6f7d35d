#include "jekyllpp/site/config.hpp"

#include <unistd.h>

#include <boost/filesystem.hpp>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

#include "jekyllpp/liquid/ruby/case.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/logger.hpp"
#include "jekyllpp/site/theme.hpp"
#include "jekyllpp/site/toml_value.hpp"
#include "jekyllpp/site/yaml_value.hpp"
#include "filters/ruby_ops.hpp"

namespace jekyllpp::site {

namespace fs = boost::filesystem;
using liquid::Value;

namespace {

// Jekyll matches the extension with unanchored, case-insensitive regexps (%r!\.toml!i,
// %r!\.ya?ml!i): ".TOML" and ".tomlx" are TOML too.
bool extension_is(const std::string& extension, std::string_view kind) {
   return liquid::ruby::downcase(extension).find(kind) != std::string::npos;
}

Value array_of(std::initializer_list< const char* > items) {
   liquid::Array out;
   for (const char* item : items) out.emplace_back(item);
   return Value(std::move(out));
}

Value defaults_table() {
   std::string cwd = fs::current_path().string();
   liquid::Hash h;
   h.set("source", cwd);
   h.set("destination", cwd + "/_site");
   h.set("collections_dir", "");
   h.set("cache_dir", ".jekyll-cache");
   h.set("plugins_dir", "_plugins");
   h.set("layouts_dir", "_layouts");
   h.set("data_dir", "_data");
   h.set("includes_dir", "_includes");
   h.set("collections", Value(liquid::Hash()));
   h.set("safe", false);
   h.set("include", array_of({".htaccess"}));
   h.set("exclude", Value(liquid::Array()));
   h.set("keep_files", array_of({".git", ".svn"}));
   h.set("encoding", "utf-8");
   h.set("markdown_ext", "markdown,mkdown,mkdn,mkd,md");
   h.set("strict_front_matter", false);
   h.set("show_drafts", Value());
   h.set("limit_posts", 0);
   h.set("future", false);
   h.set("unpublished", false);
   h.set("whitelist", Value(liquid::Array()));
   h.set("plugins", Value(liquid::Array()));
   h.set("markdown", "kramdown");
   h.set("highlighter", "rouge");
   h.set("lsi", false);
   h.set("excerpt_separator", "\n\n");
   h.set("incremental", false);
   h.set("detach", false);
   h.set("port", "4000");
   h.set("host", "127.0.0.1");
   h.set("baseurl", Value());
   h.set("show_dir_listing", false);
   h.set("permalink", "date");
   h.set("paginate_path", "/page:num");
   h.set("timezone", Value());
   h.set("quiet", false);
   h.set("verbose", false);
   h.set("defaults", Value(liquid::Array()));
   liquid::Hash liquid_options;
   liquid_options.set("error_mode", "warn");
   liquid_options.set("strict_filters", false);
   liquid_options.set("strict_variables", false);
   h.set("liquid", Value(std::move(liquid_options)));
   liquid::Hash kramdown;
   kramdown.set("auto_ids", true);
   liquid::Array levels;
   for (int i = 1; i <= 6; ++i) levels.emplace_back(i);
   kramdown.set("toc_levels", Value(std::move(levels)));
   kramdown.set("entity_output", "as_char");
   kramdown.set("smart_quotes", "lsquo,rsquo,ldquo,rdquo");
   kramdown.set("input", "GFM");
   kramdown.set("hard_wrap", false);
   kramdown.set("guess_lang", true);
   kramdown.set("footnote_nr", 1);
   kramdown.set("show_warnings", false);
   h.set("kramdown", Value(std::move(kramdown)));
   return Value(std::move(h));
}

Value with_key(const Value& hash, const std::string& key, Value value) {
   liquid::Hash copy = hash.is_hash() ? hash.as_hash() : liquid::Hash();
   copy.set(key, std::move(value));
   return Value(std::move(copy));
}

std::string read_file(const std::string& path) {
   std::ifstream in(path, std::ios::binary);
   if (!in) throw Error(Error::Kind::Other, "No such file or directory @ rb_sysopen - " + path);
   std::ostringstream text;
   text << in.rdbuf();
   return text.str();
}

// Configuration#add_default_collections.
Value add_default_collections(const Value& config) {
   const Value& collections = lookup(config, "collections");
   if (collections.is_nil()) return config;
   // Utils.deep_merge_hashes!({"posts" => {}}, collections): Hash#merge! of anything else.
   if (!collections.is_array() && !collections.is_hash())
      throw Error(Error::Kind::Other, filters::no_implicit_conversion(collections, "Hash"), "TypeError");
   Value as_hash = collections;
   if (collections.is_array()) {
      liquid::Hash h;
      // each_with_object { |c, h| h[c] = {} }: a label keeps its class (5, 1.5); a list or a hash
      // cannot be a key here and is kept as its text
      for (const Value& name : collections.as_array()) {
         if (name.is_array() || name.is_hash()) h.set(liquid::to_output(name), Value(liquid::Hash()));
         else h.set_key(name, Value(liquid::Hash()));
      }
      as_hash = Value(std::move(h));
   }
   liquid::Hash posts_seed;
   posts_seed.set("posts", Value(liquid::Hash()));
   Value merged = deep_merge(Value(std::move(posts_seed)), as_hash);
   Value posts = lookup(merged, "posts");
   posts = with_key(posts, "output", true);
   const Value& permalink = lookup(config, "permalink");
   if (permalink.truthy() && !lookup(posts, "permalink").truthy()) {
      // Configuration#style_to_permalink asks the style for to_sym, which only strings have.
      if (!permalink.is_string())
         throw Error(Error::Kind::Other,
                     filters::undefined_method("to_sym", permalink) +
                        "\n\n      STYLE_TO_PERMALINK[permalink_style.to_sym] || permalink_style.to_s\n"
                        "                                        ^^^^^^^\nDid you mean?  to_s",
                     "NoMethodError");
      posts = with_key(posts, "permalink", style_to_permalink(permalink.as_string()));
   }
   merged = with_key(merged, "posts", posts);
   return with_key(config, "collections", merged);
}

Value add_default_excludes(const Value& config) {
   const Value& exclude = lookup(config, "exclude");
   if (!exclude.is_array()) return config;
   liquid::Array items = exclude.as_array();
   for (const char* name : {".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules",
                            "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/"}) {
      bool present = false;
      for (const Value& item : items) present = present || (item.is_string() && item.as_string() == name);
      if (!present) items.emplace_back(name);
   }
   return with_key(config, "exclude", Value(std::move(items)));
}

void validate(const Value& config, Logger& logger) {
   for (const char* option : {"include", "exclude"}) {
      const Value* value = config.as_hash().find(option);
      if (value && !value->is_array())
         throw Error(Error::Kind::InvalidConfiguration, std::string("'") + option +
                                                           "' should be set as an array, but was: " +
                                                           liquid::inspect(*value) + ".");
   }
   // Site.new makes the SmartyPants converter, which sets `:input` on a copy of the kramdown
   // options: String#[]= and Array#[]= take no symbol.
   const Value& kramdown = lookup(config, "kramdown");
   if (kramdown.is_string() || kramdown.is_array())
      throw Error(Error::Kind::Other, "no implicit conversion of Symbol into Integer", "TypeError");
   const Value* plugins = config.as_hash().find("plugins");
   if (plugins && !plugins->is_array()) {
      logger.error("'plugins' should be set as an array of gem-names, but was: " + liquid::inspect(*plugins) +
                   ". Use 'plugins_dir' instead to set the directory for your non-gemified Ruby plugins.");
      throw Error(Error::Kind::InvalidConfiguration,
                  "'plugins' should be set as an array, but was: " + liquid::inspect(*plugins) + ".");
   }
}

std::string expand_path(const std::string& path) {
   std::string expanded = fs::absolute(fs::path(path)).lexically_normal().string();
   // Boost ends "dir/." with "/." where Ruby's File.expand_path gives "dir".
   if (expanded.size() > 2 && expanded.compare(expanded.size() - 2, 2, "/.") == 0) expanded.erase(expanded.size() - 2);
   return expanded;
}

std::string strip_trailing_slash(std::string path) {
   while (path.size() > 1 && path.back() == '/') path.pop_back();
   return path;
}

}  // namespace

const Value& lookup(const Value& hash, std::string_view key) {
   static const Value nil;
   if (!hash.is_hash()) return nil;
   const Value* found = hash.as_hash().find(key);
   return found ? *found : nil;
}

namespace {

void merge_into(liquid::Hash& merged, const liquid::Hash& over) {
   for (const auto& entry : over) {
      const Value& value = entry.second;
      // Hash#merge! keeps a key's class (`7:` in front matter over defaults stays an Integer);
      // a String key, the usual one, is looked up and set by its text without a key Value.
      const bool text_key = over.key_kind(entry) == liquid::Hash::KeyKind::String;
      const Value key = text_key ? Value() : liquid::hash_key(over, entry);
      const Value* old = text_key ? merged.find(entry.first) : merged.find_key(key);
      if (value.is_nil() && old) continue;
      Value next = old && old->is_hash() && value.is_hash() ? deep_merge(*old, value) : value;
      if (text_key) merged.set(entry.first, std::move(next));
      else merged.set_key(key, std::move(next));
   }
}

}  // namespace

Value deep_merge(const Value& base, const Value& overlay) {
   if (!base.is_hash() || !overlay.is_hash()) return overlay.is_nil() ? base : overlay;
   liquid::Hash merged = base.as_hash();
   merge_into(merged, overlay.as_hash());
   return Value(std::move(merged));
}

void deep_merge_into(Value& base, const Value& overlay) {
   liquid::Hash* merged = base.unique_hash();
   if (merged && overlay.is_hash()) merge_into(*merged, overlay.as_hash());
   else base = deep_merge(base, overlay);
}

std::string style_to_permalink(const std::string& style) {
   if (style == "none") return "/:categories/:title:output_ext";
   if (style == "date") return "/:categories/:year/:month/:day/:title:output_ext";
   if (style == "ordinal") return "/:categories/:year/:y_day/:title:output_ext";
   if (style == "pretty") return "/:categories/:year/:month/:day/:title/";
   if (style == "weekdate") return "/:categories/:year/W:week/:short_day/:title:output_ext";
   return style;
}

std::string Config::string(std::string_view key) const {
   const Value& value = get(key);
   return value.is_nil() ? std::string() : liquid::to_output(value);
}

std::vector< std::string > Config::strings(std::string_view key) const {
   std::vector< std::string > out;
   const Value& value = get(key);
   if (value.is_array())
      for (const Value& item : value.as_array()) out.push_back(liquid::to_output(item));
   else if (!value.is_nil())
      out.push_back(liquid::to_output(value));
   return out;
}

Config load_config(const Value& overrides, Logger& logger) {
   Value defaults = defaults_table();
   std::string source = liquid::to_output(lookup(overrides, "source"));
   if (source.empty()) source = liquid::to_output(lookup(defaults, "source"));

   std::vector< std::string > files;
   bool default_file = false;
   const Value& requested = lookup(overrides, "config");
   if (requested.is_array()) {
      for (const Value& file : requested.as_array()) files.push_back(liquid::to_output(file));
   } else if (requested.is_string() && !requested.as_string().empty()) {
      files.push_back(requested.as_string());
   }
   if (files.empty()) {
      std::string chosen = "yml";
      for (const char* ext : {"yml", "yaml", "toml"})
         if (fs::exists(fs::path(source) / (std::string("_config.") + ext))) {
            chosen = ext;
            break;
         }
      files.push_back((fs::path(expand_path(source)) / ("_config." + chosen)).string());
      default_file = true;
   }

   Value config{liquid::Hash()};
   bool too_deep = false;
   for (const std::string& file : files) {
      if (file.empty()) continue;
      std::string path = expand_path(file);
      std::string extension = fs::path(path).extension().string();
      if (!fs::exists(path)) {
         if (default_file) {
            logger.warn("Configuration file:", "none");
            continue;
         }
         logger.error("Fatal:", "The configuration file '" + path + "' could not be found.");
         throw Error(Error::Kind::Other, "The Configuration file '" + path + "' could not be found.", "LoadError");
      }
      Value next;
      if (extension_is(extension, ".toml")) {
         try {
            next = parse_toml(read_file(path));
         } catch (const StackLevelTooDeep&) {
            // Read by tomlrb; it is Jekyll's inspect of the whole configuration, after every
            // file is read, that overflows.
            too_deep = true;
            logger.info("Configuration file:", path);
            continue;
         } catch (const TomlError& e) {
            // Jekyll rescues an ArgumentError (Time.new refusing a date) as it does "No parser"
            if (e.ruby_class() != "ArgumentError") throw Error(Error::Kind::Other, e.what(), e.ruby_class());
            logger.warn("WARNING:", "Error reading configuration. Using defaults (and options).");
            std::fprintf(stderr, "%s\n", e.what());
            break;
         }
      } else if (extension_is(extension, ".yml") || extension_is(extension, ".yaml")) {
         try {
            next = parse_yaml(read_file(path));
         } catch (const YamlError& e) {
            throw Error(Error::Kind::Other, e.what(), "Psych::SyntaxError");
         }
         if (next.is_nil()) next = Value(liquid::Hash());
      } else {
         logger.warn("WARNING:", "Error reading configuration. Using defaults (and options).");
         std::fprintf(stderr, "No parser for '%s' is available. Use a .y(a)ml or .toml file instead.\n",
                      path.c_str());
         break;
      }
      if (!next.is_hash()) {
         logger.warn("WARNING:", "Error reading configuration. Using defaults (and options).");
         std::fprintf(stderr, "Configuration file: (INVALID) %s\n", path.c_str());
         break;
      }
      logger.info("Configuration file:", path);
      config = deep_merge(config, next);
   }
   if (too_deep) throw StackLevelTooDeep();
   validate(config, logger);
   Value unusable_label;
   if (const Value& listed = lookup(config, "collections"); listed.is_array())
      for (const Value& label : listed.as_array())
         if (label.is_hash() || label.is_array()) {
            unusable_label = label;
            break;
         }
   config = add_default_collections(config);

   Value user = deep_merge(config, overrides);
   Value merged = add_default_excludes(add_default_collections(deep_merge(defaults, user)));

   Config out;
   out.data = merged;
   out.unusable_collection_label = unusable_label;
   out.source = strip_trailing_slash(expand_path(liquid::to_output(lookup(merged, "source"))));
   out.destination = strip_trailing_slash(expand_path(liquid::to_output(lookup(merged, "destination"))));
   return out;
}

Config with_theme_configuration(Config config, const Theme& theme, Logger& logger) {
   const Value& ignore = config.get("ignore_theme_config");
   if (ignore.is_bool() && ignore.as_bool()) return config;
   const fs::path file = fs::path(theme.root) / "_config.yml";
   boost::system::error_code ec;
   if (!fs::exists(file, ec) || fs::is_symlink(fs::symlink_status(file, ec))) return config;
   Value theme_config;
   try {
      theme_config = parse_yaml(read_file(file.string()));
   } catch (const YamlError& e) {
      throw Error(Error::Kind::Other, std::string(e.what()).replace(1, 9, file.string()));
   }
   if (!theme_config.is_hash()) return config;
   logger.info("Theme Config file:", file.string());
   const Value defaults = defaults_table();
   liquid::Hash allowed;
   for (const auto& [key, value] : theme_config.as_hash())
      if (!defaults.as_hash().contains(key)) allowed.set(key, value);
   config.data = deep_merge(Value(std::move(allowed)), config.data);
   return config;
}

void apply_timezone(const Config& config) {
   const Value& zone = config.get("timezone");
   if (!zone.truthy()) return;
   // Jekyll.set_timezone assigns it to ENV["TZ"], which takes strings only.
   if (!zone.is_string())
      throw Error(Error::Kind::Other, filters::no_implicit_conversion(zone, "String"), "TypeError");
   setenv("TZ", zone.as_string().c_str(), 1);
   tzset();
}

}  // namespace jekyllpp::site
