#include "plugins/jekyll_archives/archive_page.hpp"

#include <cstdlib>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/drops.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/site.hpp"
#include "jekyllpp/site/slugify.hpp"
#include "jekyllpp/site/time_util.hpp"
#include "jekyllpp/site/url.hpp"

namespace jekyllpp::site::plugins::archives {

namespace {

using liquid::Value;

// Archive#to_liquid is a Ruby Hash (the front matter defaults for its path and type, its data,
// then its attributes); a drop over that hash so the native plugins read it like other pages.
class ArchiveDrop : public liquid::Drop {
public:
   explicit ArchiveDrop(liquid::Hash hash) : hash_(std::move(hash)) {}
   Value get(std::string_view key) const override {
      const Value* found = hash_.find(key);
      return found ? *found : Value();
   }
   bool has_key(std::string_view key) const override { return hash_.contains(key); }
   std::vector< std::string > keys() const override {
      std::vector< std::string > keys;
      for (const auto& entry : hash_) keys.push_back(entry.first);
      return keys;
   }
   std::string to_s() const override { return liquid::inspect(Value(hash_)); }
   Each each() const override { return Each::Pairs; }  // a Hash: `for` yields [key, value]

private:
   liquid::Hash hash_;
};

// Archive#layout: layouts[type] when set, else layout.
Value layout_for(const Value& config, const std::string& type) {
   const Value& by_type = lookup(lookup(config, "layouts"), type);
   return by_type.truthy() ? by_type : lookup(config, "layout");
}

// Archive#date: Date.new(year, month, day) of a date archive.
Value archive_date(const ArchiveTitle& title) {
   if (title.date_parts.empty()) return Value();
   int fields[3] = {1, 1, 1};
   for (std::size_t i = 0; i < title.date_parts.size() && i < 3; ++i)
      fields[i] = std::atoi(title.date_parts[i].second.c_str());
   liquid::Time date;
   date.seconds = utc_seconds(fields[0], fields[1], fields[2], 0, 0, 0);
   date.is_date = true;
   return Value(date);
}

}  // namespace

std::shared_ptr< Document > make_archive_page(Site& site, const Value& config, const ArchiveTitle& title,
                                              const std::string& type, std::vector< const Document* > posts) {
   auto page = std::make_shared< Document >();
   page->kind = Document::Kind::Page;
   page->ruby_class.clear();  // Archive#inspect: not modelled
   // Archive#url_placeholders: a date's parts and the type, or the slug (of a String title only)
   // and the type.
   PlaceholderList placeholders;
   const bool named = title.date_parts.empty();
   if (named) {
      std::optional< std::string > slug;
      if (title.name.is_string()) slug = slugify(title.name.as_string());
      placeholders.emplace_back("name", slug);
   } else {
      for (const auto& [key, value] : title.date_parts) placeholders.emplace_back(key, value);
   }
   placeholders.emplace_back("type", type);
   page->url = url_from_hash(liquid::to_output(lookup(lookup(config, "permalinks"), type)), placeholders);
   // Archive#relative_path: the unescaped URL without its "/", index.html added to a folder.
   std::string relative = unescape_path(page->url);
   if (!relative.empty() && relative[0] == '/') relative.erase(0, 1);
   if (!page->url.empty() && page->url.back() == '/') relative = join_path(relative, "index.html");
   page->relative_path = relative;
   page->path = site.in_source_dir(relative);
   page->extname = extname(relative);
   page->name = basename(relative).substr(0, basename(relative).size() - page->extname.size());
   page->basename_without_ext = page->name;
   page->dir = dirname(page->url);
   liquid::Hash data;
   data.set("layout", layout_for(config, type));
   page->front_matter = Value(data);
   page->data = Value(std::move(data));
   page->output_ext = site.output_ext_for(page->extname);
   page->destination = page_destination(site, page->url, page->output_ext);

   const Value title_value = named && title.name.is_string() ? title.name : Value();
   const Value date = archive_date(title);
   const Value defaults = site.frontmatter_defaults->all(relative, type);
   const Document& self = *page;
   page->liquid_drop = [&self, posts = std::move(posts), type, title_value, date,
                        defaults](const SiteDropCache& cache) {
      liquid::Array post_drops;
      for (const Document* post : posts) post_drops.push_back(cache.drop_for(*post));
      liquid::Hash attributes;
      attributes.set("posts", Value(std::move(post_drops)));
      attributes.set("type", type);
      attributes.set("title", title_value);
      attributes.set("date", date);
      attributes.set("name", self.name);
      attributes.set("path", self.relative_path);
      attributes.set("url", self.url);
      attributes.set("permalink", Value());
      Value merged = deep_merge(defaults.is_hash() ? defaults : Value(liquid::Hash()),
                                deep_merge(self.data, Value(std::move(attributes))));
      return Value(liquid::DropPtr(std::make_shared< ArchiveDrop >(merged.as_hash())));
   };
   return page;
}

}  // namespace jekyllpp::site::plugins::archives
