#include "plugins/jekyll_feed/feed_config.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "filters/text.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::plugins::feed {

using liquid::Value;

namespace {

// Ruby's eql? between two YAML values (1 and "1" differ), as Set and Array#- compare them.
bool same(const Value& a, const Value& b) { return a.type() == b.type() && liquid::inspect(a) == liquid::inspect(b); }

void add_unique(std::vector< Value >& values, const Value& value) {
   if (std::none_of(values.begin(), values.end(), [&](const Value& v) { return same(v, value); }))
      values.push_back(value);
}

// `@site.config["feed"] || {}`.
const Value& feed_settings(const Config& config) { return config.get("feed"); }

// How Ruby's TypeError names a value's class ("no implicit conversion of Integer into String").
std::string ruby_class(const Value& value) {
   switch (value.type()) {
      case Value::Type::Bool: return value.as_bool() ? "true" : "false";
      case Value::Type::Integer: return "Integer";
      case Value::Type::Float: return "Float";
      case Value::Type::Array: return "Array";
      case Value::Type::Hash: return "Hash";
      case Value::Type::Time: return value.as_time().is_date ? "Date" : "Time";
      default: return "Object";
   }
}

std::vector< Value > as_list(const Value& value) {
   if (value.is_array()) return value.as_array();
   if (value.truthy()) return {value};
   return {};
}

// Generator#collections: { name => meta } from `feed.collections` (an array of names or a
// hash), "posts" added last unless named, its path and categories from the top-level keys.
std::vector< std::pair< std::string, Value > > collections_meta(const Value& feed) {
   std::vector< std::pair< std::string, Value > > meta;
   auto set = [&](std::string name, Value value) {
      auto found = std::find_if(meta.begin(), meta.end(), [&](const auto& m) { return m.first == name; });
      if (found == meta.end()) meta.emplace_back(std::move(name), std::move(value));
      else found->second = std::move(value);
   };
   const Value& setting = lookup(feed, "collections");
   if (setting.is_array()) {
      for (const Value& name : setting.as_array()) set(filters::ruby_to_s(name), Value(liquid::Hash()));
   } else if (setting.is_hash()) {
      for (const auto& [name, value] : setting.as_hash()) set(name, value);
   }
   auto posts = std::find_if(meta.begin(), meta.end(), [](const auto& m) { return m.first == "posts"; });
   liquid::Hash posts_meta;
   if (posts != meta.end() && posts->second.is_hash()) posts_meta = posts->second.as_hash();
   for (const char* key : {"path", "categories"})
      if (!lookup(Value(posts_meta), key).truthy()) posts_meta.set(key, lookup(feed, key));
   set("posts", Value(std::move(posts_meta)));
   return meta;
}

}  // namespace

bool disabled_in_development(const Config& config) {
   if (!lookup(feed_settings(config), "disable_in_development").truthy()) return false;
   const char* env = std::getenv("JEKYLL_ENV");
   return std::string(env ? env : "development") == "development";
}

std::vector< CollectionFeeds > collection_feeds(const Config& config) {
   std::vector< CollectionFeeds > out;
   for (const auto& [name, meta] : collections_meta(feed_settings(config))) {
      std::string prefix = name == "posts" ? "/feed" : "/feed/" + name;
      std::vector< Value > categories;
      for (const Value& category : as_list(lookup(meta, "categories"))) add_unique(categories, category);
      add_unique(categories, Value());
      CollectionFeeds feeds{name, {}};
      for (const Value& category : categories) {
         FeedSpec spec{"", name, category, Value()};
         const Value& path = lookup(meta, "path");
         if (category.truthy()) spec.path = prefix + "/" + filters::ruby_to_s(category) + ".xml";
         else spec.path = path.truthy() ? filters::ruby_to_s(path) : prefix + ".xml";
         feeds.feeds.push_back(std::move(spec));
      }
      out.push_back(std::move(feeds));
   }
   return out;
}

std::vector< FeedSpec > tag_feeds(Site& site) {
   const Value& setting = lookup(feed_settings(site.config), "tags");
   if (!setting.truthy()) return {};
   // Site#tags' keys: each tag of the posts, in order of first use.
   std::vector< Value > site_tags;
   for (const auto& post : site.posts().docs) {
      const Value& tags = post->get("tags");
      if (tags.is_array())
         for (const Value& tag : tags.as_array()) add_unique(site_tags, tag);
   }
   if (site_tags.empty()) return {};

   const Value& only = lookup(setting, "only");
   const Value& path = lookup(setting, "path");
   std::vector< Value > except = as_list(lookup(setting, "except"));
   std::string tags_path = path.truthy() ? filters::ruby_to_s(path) : "/feed/by_tag/";
   std::vector< FeedSpec > out;
   for (const Value& tag : only.truthy() ? as_list(only) : site_tags) {
      if (std::any_of(except.begin(), except.end(), [&](const Value& e) { return same(e, tag); })) continue;
      // Only tags of letters, digits and underscores, to keep the feed's path simple.
      if (!tag.is_string() && !tag.is_nil())
         throw Error(Error::Kind::Other, "no implicit conversion of " + ruby_class(tag) + " into String", "TypeError");
      std::string name = filters::ruby_to_s(tag);
      if (std::any_of(name.begin(), name.end(), [](char c) {
             return !(std::isalnum(static_cast< unsigned char >(c)) || c == '_');
          }))
         continue;
      out.push_back(FeedSpec{tags_path + name + ".xml", "posts", Value(), tag});
   }
   return out;
}

Value meta_path(const Config& config) {
   const Value& feed = feed_settings(config);
   const Value& path = lookup(feed, "path");
   if (path.truthy()) return path;
   if (!disabled_in_development(config)) {
      // normalize_posts_meta writes a posts path given under `collections` back into the
      // configuration when `collections` is a hash holding a hash for posts.
      const Value& posts_path = lookup(lookup(lookup(feed, "collections"), "posts"), "path");
      if (posts_path.truthy()) return posts_path;
   }
   return Value("feed.xml");
}

}  // namespace jekyllpp::site::plugins::feed
