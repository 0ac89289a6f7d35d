#include "plugins/jekyll_paginate_v2/post_selection.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "filters/ruby_ops.hpp"
#include "filters/text.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/jekyll_paginate_v2/key_text.hpp"

namespace jekyllpp::site::plugins::paginate_v2 {

using liquid::Value;

namespace {

std::vector< Document* > collection_docs(Site& site, const std::string& name) {
   std::vector< Document* > docs;
   for (const auto& collection : site.collections) {
      if (name == "all" ? collection->label == "posts" : collection->label != name) continue;
      for (const auto& doc : collection->docs)
         if (!doc->data.as_hash().contains("pagination")) docs.push_back(doc.get());
   }
   return docs;
}

using Index = std::map< std::string, std::vector< Document* > >;

// PaginationIndexer.index_posts_by: documents by each (lower-cased) value of data[key].
Index index_posts_by(const std::vector< Document* >& posts, const std::string& key) {
   Index index;
   for (Document* post : posts) {
      const liquid::Array items = index_items(post->data.as_hash().find(key));
      for (const Value& item : items)
         for (const std::string& part : split_on(strip(downcase(filters::ruby_to_s(item))), ";,"))
            index[strip(downcase(part))].push_back(post);
   }
   return index;
}

// PaginationIndexer.read_config_value_and_filter_posts: the posts every listed value indexes.
std::vector< Document* > filter_posts(const Value& config, const std::string& key,
                                            std::vector< Document* > posts, const Index& index) {
   const Value& wanted = lookup(config, key);
   if (wanted.is_nil()) return posts;
   liquid::Array values;
   if (wanted.is_string()) {
      for (const std::string& part : split_on(wanted.as_string(), ";,")) values.push_back(Value(part));
   } else {
      values = filters::ruby_array(wanted);
   }
   for (const Value& value : values) {
      auto found = index.find(strip(downcase(filters::ruby_to_s(value))));
      std::vector< Document* > kept;
      if (found != index.end())
         for (Document* post : posts)  // Array#&: the first's order, each once
            if (std::find(found->second.begin(), found->second.end(), post) != found->second.end() &&
                std::find(kept.begin(), kept.end(), post) == kept.end())
               kept.push_back(post);
      posts = std::move(kept);
   }
   return posts;
}

// Utils.sort_get_post_data: data["a"]["b"] for "a:b", nil where a key is missing or the value is
// a hash.
Value sort_value(const Document& post, const std::string& field) {
   const Value* value = &post.data;
   for (const std::string& part : split_on(field, ":")) {
      if (!value->is_hash()) return Value();
      value = value->as_hash().find(downcase(strip(part)));
      if (!value) return Value();
   }
   return value->is_hash() ? Value() : *value;
}

// Utils.sort_values.
int compare_values(const Value& a, const Value& b) {
   if (a.is_nil() && !b.is_nil()) return -1;
   if (!a.is_nil() && b.is_nil()) return 1;
   if (a.is_string() && b.is_string()) {
      std::string x = downcase(a.as_string()), y = downcase(b.as_string());
      return x < y ? -1 : x > y ? 1 : 0;
   }
   return filters::spaceship(a, b).value_or(0);
}

}  // namespace

std::vector< Document* > docs_in_collections(Site& site, const Value& collections) {
   std::vector< std::string > names;
   if (collections.is_string()) {
      names = split_on(collections.as_string(), "; ,\t\n\v\f\r");
   } else {
      for (const Value& name : filters::ruby_array(collections)) names.push_back(filters::ruby_to_s(name));
   }
   std::vector< Document* > docs;
   for (const std::string& name : names) {
      std::vector< Document* > found = collection_docs(site, strip(downcase(name)));
      docs.insert(docs.end(), found.begin(), found.end());
   }
   docs.erase(std::remove_if(docs.begin(), docs.end(), [](Document* doc) { return doc->get("hidden").truthy(); }),
              docs.end());
   return docs;
}

std::vector< const Document* > select_posts(const std::vector< Document* >& all, const Value& config) {
   Index categories = index_posts_by(all, "categories");
   categories["posts"] = all;
   std::vector< Document* > posts = filter_posts(config, "category", all, categories);
   posts = filter_posts(config, "tag", posts, index_posts_by(all, "tags"));
   posts = filter_posts(config, "locale", posts, index_posts_by(all, "locale"));

   const Value& sort_field = lookup(config, "sort_field");
   if (!sort_field.truthy()) return {posts.begin(), posts.end()};
   // Document#date, read once for every document sorted, stores the date it falls back to.
   for (Document* doc : posts)
      if (!doc->is_page() && !doc->data.as_hash().contains("date")) doc->set("date", Value(doc->date));
   const std::string field = filters::ruby_to_s(sort_field);
   filters::ruby_sort(posts, [&](Document* a, Document* b) {
      return compare_values(sort_value(*a, field), sort_value(*b, field));
   });
   const Value& offset_setting = lookup(config, "offset");
   std::int64_t offset = 0;
   if (offset_setting.is_integer()) offset = offset_setting.as_integer();
   else if (offset_setting.is_string()) offset = std::strtoll(offset_setting.as_string().c_str(), nullptr, 10);
   else if (offset_setting.is_float()) offset = std::int64_t(offset_setting.as_float());
   posts.resize(posts.size() - std::size_t(std::min< std::int64_t >(std::max< std::int64_t >(offset, 0), posts.size())));
   if (lookup(config, "sort_reverse").truthy()) std::reverse(posts.begin(), posts.end());
   return {posts.begin(), posts.end()};
}

}  // namespace jekyllpp::site::plugins::paginate_v2
