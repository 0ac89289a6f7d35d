// jekyll-archives 2.2.1: with `jekyll-archives: enabled:` (a list of tags, categories, year,
// month, day; or true / "all"), a page per tag, category, year, month and day listing its posts
// (Jekyll::Archives::Archives, a generator of normal priority).
#include <algorithm>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "jekyllpp/site/time_util.hpp"
#include "plugins/jekyll_archives/archive_page.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;
using archives::ArchiveTitle;
using Posts = std::vector< const Document* >;

// Archives::DEFAULTS.
Value default_config() {
   liquid::Hash permalinks;
   permalinks.set("year", "/:year/");
   permalinks.set("month", "/:year/:month/");
   permalinks.set("day", "/:year/:month/:day/");
   permalinks.set("tag", "/tag/:name/");
   permalinks.set("category", "/category/:name/");
   liquid::Hash config;
   config.set("layout", "archive");
   config.set("enabled", Value(liquid::Array()));
   config.set("permalinks", Value(std::move(permalinks)));
   return Value(std::move(config));
}

bool enabled(const Value& config, const std::string& archive) {
   const Value& setting = lookup(config, "enabled");
   if ((setting.is_bool() && setting.as_bool()) || (setting.is_string() && setting.as_string() == "all")) return true;
   if (!setting.is_array()) return false;
   for (const Value& item : setting.as_array())
      if (item.is_string() && item.as_string() == archive) return true;
   return false;
}

// Document#<=> (date, then path), reversed: newest first.
void newest_first(Posts& posts) {
   std::stable_sort(posts.begin(), posts.end(), [](const Document* a, const Document* b) {
      if (a->date.seconds != b->date.seconds) return a->date.seconds > b->date.seconds;
      return a->path > b->path;
   });
}

// Ruby Hash keys: a String equals only a String of the same text (an Integer tag is its own key).
bool same_key(const Value& a, const Value& b) {
   if (a.is_string() != b.is_string()) return false;
   return a.is_string() ? a.as_string() == b.as_string() : liquid::inspect(a) == liquid::inspect(b);
}

// Groups in first-seen order, each group's posts newest first (Site#post_attr_hash and the
// plugin's years/months/days).
template < class Key, class Same >
struct Groups {
   std::vector< std::pair< Key, Posts > > entries;
   void add(const Key& key, const Document* post, Same same) {
      auto found = std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return same(e.first, key); });
      if (found == entries.end()) found = entries.insert(entries.end(), {key, {}});
      found->second.push_back(post);
   }
   void sort() {
      for (auto& entry : entries) newest_first(entry.second);
   }
};

using ValueGroups = Groups< Value, bool (*)(const Value&, const Value&) >;
using TextGroups = Groups< std::string, bool (*)(const std::string&, const std::string&) >;
bool same_text(const std::string& a, const std::string& b) { return a == b; }

ValueGroups post_attr_hash(Site& site, const char* attribute) {
   ValueGroups groups;
   for (const auto& post : site.posts().docs) {
      const Value& values = post->get(attribute);
      if (values.is_array())
         for (const Value& value : values.as_array()) groups.add(value, post.get(), same_key);
   }
   groups.sort();
   return groups;
}

TextGroups by_date(const Posts& posts, const char* format) {
   TextGroups groups;
   for (const Document* post : posts) groups.add(strftime(post->date, format), post, same_text);
   groups.sort();
   return groups;
}

class ArchivesPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-archives"; }
   bool has_generator() const override { return true; }

   void generate(Site& site) const override {
      const Value config = deep_merge(default_config(), site.config.get("jekyll-archives"));
      liquid::Hash updated = site.config.data.as_hash();  // the plugin stores its merged settings
      updated.set("jekyll-archives", config);
      site.config.data = Value(std::move(updated));
      std::vector< std::shared_ptr< Document > > pages;
      auto add = [&](const ArchiveTitle& title, const std::string& type, const Posts& posts) {
         pages.push_back(archives::make_archive_page(site, config, title, type, posts));
      };
      if (enabled(config, "tags"))
         for (const auto& [tag, posts] : post_attr_hash(site, "tags").entries) add({tag, {}}, "tag", posts);
      if (enabled(config, "categories"))
         for (const auto& [category, posts] : post_attr_hash(site, "categories").entries)
            add({category, {}}, "category", posts);
      Posts all;
      for (const auto& post : site.posts().docs) all.push_back(post.get());
      for (const auto& [year, year_posts] : by_date(all, "%Y").entries) {
         if (enabled(config, "year")) add({Value(), {{"year", year}}}, "year", year_posts);
         for (const auto& [month, month_posts] : by_date(year_posts, "%m").entries) {
            if (enabled(config, "month")) add({Value(), {{"year", year}, {"month", month}}}, "month", month_posts);
            for (const auto& [day, day_posts] : by_date(month_posts, "%d").entries)
               if (enabled(config, "day"))
                  add({Value(), {{"year", year}, {"month", month}, {"day", day}}}, "day", day_posts);
         }
      }
      // site.config["archives"]: the archive pages, as site.archives shows them
      std::vector< const Document* >& listed = site.config_page_lists["archives"];
      listed.clear();
      for (auto& page : pages) {
         listed.push_back(page.get());
         site.pages.push_back(std::move(page));
      }
   }
};

}  // namespace

std::unique_ptr< Plugin > make_archives_plugin() { return std::make_unique< ArchivesPlugin >(); }

}  // namespace jekyllpp::site::plugins
