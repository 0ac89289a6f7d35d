#include "jekyllpp/site/drops.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstdlib>
#include <map>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "filters/ruby_ops.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/dependency_graph.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/rendered_writes.hpp"
#include "jekyllpp/site/site.hpp"
#include "jekyllpp/site/time_util.hpp"

namespace jekyllpp::site {

using liquid::Value;

namespace {

thread_local const Document* current_render = nullptr;
thread_local bool rendering_excerpts = false;
std::mutex done_mutex;
std::condition_variable done_signal;

Value hash_value(const Value& data, std::string_view key) { return lookup(data, key); }

std::vector< std::string > data_keys(const Value& data) {
   std::vector< std::string > keys;
   if (data.is_hash())
      for (const auto& entry : data.as_hash()) keys.push_back(entry.first);
   return keys;
}

// Ruby's key? on a Jekyll drop whose keys() lists its methods and its data's keys.
bool has_key_in(const std::vector< std::string >& keys, std::string_view key) {
   return std::find(keys.begin(), keys.end(), key) != keys.end();
}

void add_keys(std::vector< std::string >& keys, std::initializer_list< const char* > extra) {
   for (const char* key : extra)
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.emplace_back(key);
}

// The content of a page or document as the file being rendered sees it. `snapshot`: a page's
// `page` variable, which Page#to_liquid built before the page was converted.
std::string visible_content(const Document& doc, bool snapshot = false) {
   if (&doc == current_render) return !snapshot && doc.converted_ready.load() ? doc.converted : doc.content;
   if (!rendered_before_current(doc)) {
      record_source(doc, "content");
      return doc.content;
   }
   record_rendered(doc, "content");
   return doc.converted;
}

// Whether `doc`'s output is there to read (rendered before the current file), recorded: its
// rendering if so, else its place (any change to it might move it before the current file).
bool record_output(const Document& doc) {
   if (rendered_before_current(doc)) {
      record_rendered(doc, "output");
      return true;
   }
   record_source(doc, "*");
   return false;
}

// DocumentDrop's methods in Ruby's method order (Drop#keys lists them before the data's keys).
const char* const document_methods[] = {"name",       "id",      "relative_path", "excerpt", "title",
                                        "categories", "collection", "next",        "tags",    "previous",
                                        "content",    "output",  "path",          "url",     "date"};
// ExcerptDrop's: its own (name, date, excerpt, layout) first, then DocumentDrop's.
const char* const excerpt_methods[] = {"name",     "date",       "excerpt",    "layout", "id",   "relative_path",
                                       "title",    "categories", "collection", "next",   "tags", "previous",
                                       "content",  "output",     "path",       "url"};

// Drop#keys: the methods, then the data's keys not among them.
template < std::size_t N >
std::vector< std::string > method_and_data_keys(const char* const (&methods)[N], const Value& data) {
   std::vector< std::string > keys(std::begin(methods), std::end(methods));
   for (const std::string& key : data_keys(data))
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
   return keys;
}

// key_objects() of a drop showing `data` after `leading` names (its methods): the names, then
// the data's keys not among them, an Integer key kept one (Ruby's Array#| of the two lists).
std::vector< Value > key_objects_after(const std::vector< std::string >& leading, const Value& data) {
   std::vector< Value > keys(leading.begin(), leading.end());
   if (data.is_hash())
      for (const auto& entry : data.as_hash())
         if (data.as_hash().key_kind(entry) != liquid::Hash::KeyKind::String || std::find(leading.begin(), leading.end(), entry.first) == leading.end())
            keys.push_back(liquid::hash_key(data.as_hash(), entry));
   return keys;
}

// Drop methods Liquid may call on a Jekyll drop before its data: keys, and Enumerable's first
// and count (each yields [key, value]).
bool is_drop_method(std::string_view key) { return key == "keys" || key == "first" || key == "count"; }

Value drop_method(const liquid::Drop& drop, std::string_view key) {
   std::vector< Value > keys = drop.key_objects();
   if (key == "first") return keys.empty() ? Value() : Value(liquid::Array{keys[0], drop.value_at(keys[0])});
   if (key == "count") return Value(std::int64_t(keys.size()));
   return Value(liquid::Array(std::make_move_iterator(keys.begin()), std::make_move_iterator(keys.end())));
}

// DocumentDrop#name: the data's name, or the file name.
Value document_name(const Document& doc) {
   const Value& name = doc.get("name");
   return name.truthy() ? name : Value(basename(doc.path));
}

// doc.data[key]. The documents of one collection keep their front matter keys in one order, and
// a template's key is the same string at each call: the entry where the key (by its text's
// address) was last found is tried first.
const Value& front_matter_value(const Value& data, std::string_view key) {
   static const Value nil;
   if (!data.is_hash()) return nil;
   thread_local std::array< std::pair< const char*, std::uint32_t >, 64 > guesses{};
   auto& [text, guess] = guesses[(reinterpret_cast< std::uintptr_t >(key.data()) >> 3) & 63];
   if (text != key.data()) {
      text = key.data();
      guess = 0;
   }
   const Value* found = data.as_hash().find(key, guess);
   return found ? *found : nil;
}

std::string document_id(const Document& doc) {
   const Value& slug = doc.get("slug");
   return join_path(dirname(doc.url), slug.is_nil() ? doc.basename_without_ext : liquid::to_output(slug));
}

// The keys DocumentDrop::get answers itself; the rest come from the document's data.
enum class DocumentKey { Data, DropMethod, Content, Excerpt, Output, Next, Previous, Collection, Name, Date, Id, Url, Path };

// Every page reads its document's keys many times: told apart by length first, then compared
// inline.
DocumentKey document_key(std::string_view key) {
   switch (key.size()) {
   case 2: return liquid::same_key(key, "id") ? DocumentKey::Id : DocumentKey::Data;
   case 3: return liquid::same_key(key, "url") ? DocumentKey::Url : DocumentKey::Data;
   case 4:
      if (liquid::same_key(key, "name")) return DocumentKey::Name;
      if (liquid::same_key(key, "date")) return DocumentKey::Date;
      if (liquid::same_key(key, "next")) return DocumentKey::Next;
      if (liquid::same_key(key, "path")) return DocumentKey::Path;
      return liquid::same_key(key, "keys") ? DocumentKey::DropMethod : DocumentKey::Data;
   case 5:
      if (liquid::same_key(key, "first") || liquid::same_key(key, "count")) return DocumentKey::DropMethod;
      return DocumentKey::Data;
   case 6: return liquid::same_key(key, "output") ? DocumentKey::Output : DocumentKey::Data;
   case 7:
      if (liquid::same_key(key, "content")) return DocumentKey::Content;
      return liquid::same_key(key, "excerpt") ? DocumentKey::Excerpt : DocumentKey::Data;
   case 8: return liquid::same_key(key, "previous") ? DocumentKey::Previous : DocumentKey::Data;
   case 10: return liquid::same_key(key, "collection") ? DocumentKey::Collection : DocumentKey::Data;
   case 13: return liquid::same_key(key, "relative_path") ? DocumentKey::Path : DocumentKey::Data;
   default: return DocumentKey::Data;
   }
}

// Document#inspect.
std::string document_inspect(const Document& doc) {
   return "#<Jekyll::Document " + doc.relative_path + " collection=" + (doc.collection ? doc.collection->label : "") + ">";
}

class DocumentDrop : public liquid::Drop {
public:
   // The URL is made as the document is read, before its drop.
   DocumentDrop(const SiteDropCache& cache, const Document& doc)
       : cache_(cache), doc_(doc), url_(doc.url_error ? Value() : Value(doc.url)),
         id_(doc.url_error ? Value() : Value(document_id(doc))) {}
   const Document& document() const { return doc_; }

   // The front matter's values, the URL and the id (Document#id is memoized, as the URL is
   // made at read), read in place: whole-site loops read them for every post (post.url,
   // post.title), and `find: "id"` in a loop over a collection for every document.
   const Value* find(std::string_view key) const override {
      const DocumentKey which = document_key(key);
      if (which == DocumentKey::Data) {
         record_source(doc_, key);
         return &front_matter_value(doc_.data, key);
      }
      if ((which != DocumentKey::Url && which != DocumentKey::Id) || doc_.url_error) return nullptr;
      record_source(doc_, key);
      return which == DocumentKey::Url ? &url_ : &id_;
   }

   Value get(std::string_view key) const override {
      const DocumentKey which = document_key(key);
      switch (which) {
      case DocumentKey::DropMethod: return drop_method(*this, key);
      case DocumentKey::Content: return visible_content(doc_);
      case DocumentKey::Excerpt: record_rendered(doc_, key); return excerpt();
      case DocumentKey::Output:
         record_output(doc_);
         return rendered_before_current(doc_) ? Value(output_of(doc_)) : Value();
      case DocumentKey::Next:
      case DocumentKey::Previous: {
         record_neighbours(doc_);
         const auto& docs = doc_.collection->docs;
         std::size_t i = doc_.index;
         if (i >= docs.size() || docs[i].get() != &doc_) return Value();
         if (which == DocumentKey::Next) return i + 1 < docs.size() ? cache_.drop_for(*docs[i + 1]) : Value();
         return i > 0 ? cache_.drop_for(*docs[i - 1]) : Value();
      }
      default: break;
      }
      record_source(doc_, key);
      switch (which) {
      case DocumentKey::Collection: return doc_.collection->label;
      case DocumentKey::Name: return document_name(doc_);
      case DocumentKey::Date: return doc_.date;
      case DocumentKey::Id:
         if (doc_.url_error) std::rethrow_exception(doc_.url_error);
         return id_;
      case DocumentKey::Url:
         if (doc_.url_error) std::rethrow_exception(doc_.url_error);
         return doc_.url;
      case DocumentKey::Path: return doc_.relative_path;
      default: return hash_value(doc_.data, key);
      }
   }
   bool has_key(std::string_view key) const override {
      if (is_drop_method(key)) return true;
      for (const char* method : document_methods)
         if (key == method) return true;
      return doc_.data.is_hash() && doc_.data.as_hash().contains(key);
   }
   Each each() const override { return Each::Keys; }  // a Jekyll::Drops::Drop (Enumerable)
   std::vector< std::string > keys() const override {
      record_source(doc_, "*");
      return method_and_data_keys(document_methods, doc_.data);
   }
   std::vector< Value > key_objects() const override {
      record_source(doc_, "*");
      return key_objects_after({std::begin(document_methods), std::end(document_methods)}, doc_.data);
   }
   Value get_key(const Value& key) const override {  // Drop#[] of a key not a String: the data's
      record_source(doc_, "*");
      const Value* found = doc_.data.is_hash() ? doc_.data.as_hash().find_key(key) : nullptr;
      return found ? *found : Value();
   }
   std::string to_s() const override {
      if (record_output(doc_)) return output_of(doc_);
      return visible_content(doc_);
   }

private:
   Value excerpt() const {
      const Value* own = doc_.data.is_hash() ? doc_.data.as_hash().find("excerpt") : nullptr;
      if (doc_.has_excerpt) {
         const RenderedExcerpt& rendered = cache_.excerpt(doc_);
         if (rendered.failure) std::rethrow_exception(rendered.failure);
         return Value(rendered.text);
      }
      if (own) return own->is_nil() ? Value("") : Value(liquid::to_output(*own));
      return Value("");
   }
   const SiteDropCache& cache_;
   const Document& doc_;
   const Value url_;
   const Value id_;
};

// Excerpt#to_liquid: the document seen through its excerpt.
class ExcerptDrop : public liquid::Drop {
public:
   ExcerptDrop(const SiteDropCache& cache, const Document& doc) : document_(cache, doc), doc_(doc) {}
   Value get(std::string_view key) const override {
      if (is_drop_method(key)) return drop_method(*this, key);
      record_source(doc_, key);
      if (key == "content") return doc_.excerpt_source;
      if (key == "excerpt") return Value();
      if (key == "layout") return doc_.get("layout");
      if (key == "id") return document_id(doc_) + "#excerpt";
      if (key == "path" || key == "relative_path") return join_path(doc_.relative_path, "#excerpt");
      if (key == "output") return Value();
      return document_.get(key);
   }
   Each each() const override { return Each::Keys; }  // a Jekyll::Drops::Drop (Enumerable)
   std::vector< std::string > keys() const override {
      record_source(doc_, "*");
      return method_and_data_keys(excerpt_methods, excerpt_data());
   }
   std::vector< Value > key_objects() const override {
      record_source(doc_, "*");
      return key_objects_after({std::begin(excerpt_methods), std::end(excerpt_methods)}, excerpt_data());
   }
   Value get_key(const Value& key) const override { return document_.get_key(key); }
   bool has_key(std::string_view key) const override { return key == "layout" || document_.has_key(key); }
   std::string to_s() const override {
      record_source(doc_, "content");
      return doc_.excerpt_source;
   }

private:
   // Excerpt#data: the document's, without layout and excerpt.
   Value excerpt_data() const {
      if (!doc_.data.is_hash()) return doc_.data;
      liquid::Hash data;
      const liquid::Hash& own = doc_.data.as_hash();
      for (const auto& entry : own) {
         if (own.key_kind(entry) != liquid::Hash::KeyKind::String) data.set_key(liquid::hash_key(own, entry), entry.second);
         else if (entry.first != "layout" && entry.first != "excerpt") data.set(entry.first, entry.second);
      }
      return Value(std::move(data));
   }
   DocumentDrop document_;
   const Document& doc_;
};

// Page#to_liquid: the page's data plus content, dir, excerpt, name, path, url. Jekyll builds it
// at each use, so site.pages shows a page's converted content once the page is converted;
// `snapshot` is the one the page's own `page` variable holds, built when its rendering began.
class PageDrop : public liquid::Drop {
public:
   PageDrop(const Document& page, bool snapshot) : page_(page), snapshot_(snapshot) {}
   Value get(std::string_view key) const override {
      if (key == "content") return visible_content(page_, snapshot_);
      record_source(page_, key);
      if (key == "dir") {
         if (!page_.url.empty() && page_.url.back() == '/') return page_.url;
         std::string dir = dirname(page_.url);
         return dir.back() == '/' ? dir : dir + "/";
      }
      if (key == "excerpt") {
         const Value& excerpt = page_.get("excerpt");
         return excerpt.is_nil() ? Value() : Value(liquid::to_output(excerpt));
      }
      if (key == "name") return page_.name;
      if (key == "path") {
         const Value* path = page_.data.as_hash().find("path");
         return path ? *path : Value(page_.relative_path);
      }
      if (key == "url") return page_.url;
      // A Hash's size and first, which Liquid calls when the data has no such key.
      if ((key == "size" || key == "first") && !page_.data.as_hash().contains(key)) {
         std::vector< std::string > names = keys();
         if (key == "size") return Value(std::int64_t(names.size()));
         return names.empty() ? Value() : Value(liquid::Array{Value(names[0]), get(names[0])});
      }
      return hash_value(page_.data, key);
   }
   Value get_key(const Value& key) const override {  // Page#to_liquid is a Hash: h[2026], h[true]
      const Value* found = page_.data.as_hash().find_key(key);
      return found ? *found : Value();
   }
   bool has_key(std::string_view key) const override {
      return key == "content" || key == "dir" || key == "excerpt" || key == "name" || key == "path" ||
             key == "url" || page_.data.as_hash().contains(key);
   }
   std::vector< std::string > keys() const override {
      record_source(page_, "*");
      std::vector< std::string > keys = data_keys(page_.data);
      add_keys(keys, {"content", "dir", "excerpt", "name", "path", "url"});
      return keys;
   }
   std::vector< Value > key_objects() const override {  // the data's keys first (Hash#merge)
      record_source(page_, "*");
      std::vector< Value > keys;
      const liquid::Hash& data = page_.data.as_hash();
      for (const auto& entry : data) keys.push_back(liquid::hash_key(data, entry));
      for (const char* key : {"content", "dir", "excerpt", "name", "path", "url"})
         if (!data.contains(key)) keys.emplace_back(key);
      return keys;
   }
   std::string to_s() const override { return liquid::inspect(Value(to_hash())); }
   // Two Page#to_liquid hashes are equal when built for the same page with the same content
   // (a page's `page` and its site.pages entry differ once it is converted, if that changed it).
   bool equals(const liquid::Drop& other) const override {
      const auto* page = dynamic_cast< const PageDrop* >(&other);
      if (!page || &page->page_ != &page_) return false;
      return page->snapshot_ == snapshot_ || visible_content(page_, snapshot_) == visible_content(page_, page->snapshot_);
   }
   Each each() const override { return Each::Pairs; }  // Page#to_liquid is a Hash
   const Document& page() const { return page_; }

private:
   const Document& page_;
   bool snapshot_;
};

class StaticFileDrop : public liquid::Drop {
public:
   explicit StaticFileDrop(const StaticFile& file) : file_(file) {}
   Value get(std::string_view key) const override {
      if (is_drop_method(key)) return drop_method(*this, key);
      if (key == "name") return file_.name;
      if (key == "extname") return file_.extname;
      if (key == "basename") return file_.basename;
      if (key == "path") return file_.relative_path;
      if (key == "collection") return file_.collection ? Value(file_.collection->label) : Value();
      if (key == "modified_time") {
         struct stat st{};
         ::stat(file_.path.c_str(), &st);
         return local_time(st.st_mtim.tv_sec, std::int32_t(st.st_mtim.tv_nsec));
      }
      return hash_value(file_.data, key);
   }
   bool has_key(std::string_view key) const override { return is_drop_method(key) || has_key_in(keys(), key); }
   Each each() const override { return Each::Keys; }  // a Jekyll::Drops::Drop (Enumerable)
   std::string to_s() const override { return "Jekyll::Drops::StaticFileDrop"; }  // Liquid::Drop#to_s: the class name
   std::vector< std::string > keys() const override {
      static const char* const methods[] = {"name", "basename", "extname", "path", "collection", "modified_time"};
      return method_and_data_keys(methods, file_.data);
   }

   const StaticFile& file() const { return file_; }

private:
   const StaticFile& file_;
};

class CollectionDrop : public JsonFieldsDrop {
public:
   CollectionDrop(const Collection& collection, Value docs, Value files)
       : collection_(collection), docs_(std::move(docs)), files_(std::move(files)) {}
   Value get(std::string_view key) const override {
      if (is_drop_method(key)) return drop_method(*this, key);
      if (key == "label") return collection_.label;
      if (key == "docs") return docs_;
      if (key == "files") return files_;
      if (key == "directory") return collection_.directory;
      if (key == "relative_directory") return collection_.relative_directory;
      if (key == "output") return collection_.write();
      return hash_value(collection_.metadata, key);
   }
   bool has_key(std::string_view key) const override { return is_drop_method(key) || has_key_in(keys(), key); }
   Each each() const override { return Each::Keys; }  // a Jekyll::Drops::Drop (Enumerable)
   std::vector< std::string > keys() const override {
      static const char* const methods[] = {"label", "files", "docs", "output", "relative_directory", "directory"};
      return method_and_data_keys(methods, collection_.metadata);
   }
   // CollectionDrop#to_s is docs.to_s: Ruby's Array#inspect of the Document objects (their
   // inspect, not their output): what `{{ collection }}` and `| xml_escape` print.
   std::string to_s() const override {
      std::string out = "[";
      for (const auto& doc : collection_.docs) {
         if (out.size() > 1) out += ", ";
         out += document_inspect(*doc);
      }
      return out + "]";
   }
   Value json_field(std::string_view key) const override {
      if (key != "docs") return get(key);
      liquid::Array shown;
      for (const Value& doc : docs_.as_array()) shown.push_back(doc.as_drop().to_s());
      return Value(std::move(shown));
   }

private:
   const Collection& collection_;
   Value docs_;
   Value files_;
};

class JekyllDrop : public liquid::Drop {
public:
   Value get(std::string_view key) const override {
      if (key == "version") return "4.3.1";
      if (key == "environment") {
         const char* env = std::getenv("JEKYLL_ENV");
         return env && *env ? env : "development";
      }
      return Value();
   }
   std::vector< std::string > keys() const override { return {"version", "environment"}; }
   bool has_key(std::string_view key) const override { return key == "version" || key == "environment"; }
   bool liquid_method_missing() const override { return true; }  // a Liquid::Drop
   std::string to_s() const override { return "Jekyll::Drops::JekyllDrop"; }
};

class SiteDrop : public liquid::Drop {
public:
   SiteDrop(const SiteDropCache& cache, const Document* current) : cache_(cache), current_(current) {}
   Value get(std::string_view key) const override {
      if (is_drop_method(key)) return drop_method(*this, key);
      record_site_key(key);
      if (key == "posts") return cache_.posts;
      if (auto found = cache_.collection_docs.find(std::string(key)); found != cache_.collection_docs.end())
         return found->second;
      if (key == "data") {
         const Value& data = cache_.site.config.get("data");
         return data.truthy() ? data : cache_.site.data;
      }
      if (key == "time") return cache_.time;
      if (key == "pages") return pages();
      if (key == "static_files") return cache_.static_files;
      if (key == "tags") return cache_.tags;
      if (key == "categories") return cache_.categories;
      if (key == "html_pages") return cache_.html_pages;
      if (key == "collections") return cache_.collections;
      if (key == "documents") return cache_.documents;
      if (key == "related_posts") return related_posts();
      if (key == "config") return Value();  // SiteDrop#config is an empty method
      if (auto found = cache_.config_page_lists.find(std::string(key)); found != cache_.config_page_lists.end())
         return found->second;
      return cache_.site.config.get(key);
   }
   bool has_key(std::string_view key) const override {
      if (is_drop_method(key)) return true;
      static const char* const methods[] = {"posts",       "data",      "time",          "pages",  "static_files",
                                            "tags",        "categories", "html_pages",   "collections", "documents",
                                            "related_posts", "config"};
      for (const char* method : methods)
         if (key == method) return true;
      return cache_.collection_docs.count(std::string(key)) || cache_.site.config.data.as_hash().contains(key);
   }
   Each each() const override { return Each::Keys; }  // a Jekyll::Drops::Drop (Enumerable)
   std::string to_s() const override { return "Jekyll::Drops::SiteDrop"; }
   std::vector< std::string > keys() const override {
      static const char* const methods[] = {"posts", "time",       "html_pages",    "config", "documents",    "pages",
                                            "data",  "categories", "related_posts", "tags",   "static_files", "collections"};
      return method_and_data_keys(methods, cache_.site.config.data);
   }

private:
   // What site.KEY depends on besides the configuration (a changed configuration rebuilds all).
   void record_site_key(std::string_view key) const {
      if (!recording_dependencies()) return;
      if (key == "related_posts") return record_key("posts");
      if (key == "html_pages") return record_key("pages");
      static const char* const aggregates[] = {"posts", "data", "pages", "static_files", "tags", "categories",
                                               "collections", "documents"};
      for (const char* aggregate : aggregates)
         if (key == aggregate) return record_key(key);
      if (cache_.collection_docs.count(std::string(key))) record_key("collection:" + std::string(key));
   }

   // site.pages: Jekyll renders pages one after the other and a Sass page appends its source
   // map page to site.pages as it converts, so a file rendered after it sees that page too.
   Value pages() const {
      if (!current_ || cache_.asset_pages.empty()) return cache_.pages;
      if (made_pages_.is_nil()) {
         liquid::Array made;
         for (const Document* origin : cache_.asset_pages)
            if (rendered_before_current(*origin))
               if (auto page = cache_.site.page_generated_by(*origin))
                  made.push_back(Value(liquid::DropPtr(std::make_shared< PageDrop >(*page, false))));
         if (made.empty()) return made_pages_ = cache_.pages;
         liquid::Array all = cache_.pages.as_array();
         for (auto& page : made) all.push_back(std::move(page));
         made_pages_ = Value(std::move(all));
      }
      return made_pages_;
   }

   // RelatedPosts#build without LSI: the ten most recent posts other than this one.
   Value related_posts() const {
      if (!current_ || current_->is_page()) return Value();
      const auto& docs = cache_.site.posts().docs;
      liquid::Array out;
      std::size_t taken = 0;
      for (std::size_t i = docs.size(); i-- > 0 && taken < 11;) {
         ++taken;
         if (docs[i].get() == current_) continue;
         if (out.size() < 10) out.push_back(cache_.drop_for(*docs[i]));
      }
      return Value(std::move(out));
   }
   const SiteDropCache& cache_;
   const Document* current_;
   mutable Value made_pages_;  // pages(), once worked out for current_
};

}  // namespace

SiteDropCache::SiteDropCache(Site& site_in) : site(site_in) {
   for (const auto& collection : site.collections)
      for (const auto& doc : collection->docs)
         drops_.emplace(doc.get(), Value(liquid::DropPtr(std::make_shared< DocumentDrop >(*this, *doc))));
   // After the documents: a plugin's own page hash may list them (jekyll-archives' page.posts).
   for (const auto& page : site.pages)
      drops_.emplace(page.get(), page->liquid_drop ? page->liquid_drop(*this)
                                                   : Value(liquid::DropPtr(std::make_shared< PageDrop >(*page, false))));
   auto add_file = [this](const StaticFile& file) {
      drops_.emplace(&file, Value(liquid::DropPtr(std::make_shared< StaticFileDrop >(file))));
   };
   for (const auto& file : site.static_files) add_file(*file);
   // A collection's files stay in collection.files when a plugin takes them out of site.static_files.
   for (const auto& collection : site.collections)
      for (const auto& file : collection->files) add_file(*file);

   liquid::Array all_pages, html;
   for (const auto& page : site.pages) {
      all_pages.push_back(drop_for(*page));
      for (const Converter* converter : site.converters_for(page->extname))
         if (converter->asset()) {
            asset_pages.push_back(page.get());
            break;
         }
      if (page->output_ext == ".html" || page->output_ext == ".xhtml" || page->output_ext == ".htm" ||
          (!page->url.empty() && page->url.back() == '/'))
         html.push_back(drop_for(*page));
   }
   pages = Value(std::move(all_pages));
   html_pages = Value(std::move(html));
   for (const auto& [key, listed] : site.config_page_lists) {
      liquid::Array list;
      for (const Document* page : listed) list.push_back(drop_for(*page));
      config_page_lists.emplace(key, Value(std::move(list)));
   }

   liquid::Array statics;
   for (const auto& file : site.static_files) statics.push_back(drop_for(*file));
   static_files = Value(std::move(statics));

   liquid::Array all_documents;
   std::vector< std::pair< std::string, Value > > collection_drops;
   for (const auto& collection : site.collections) {
      liquid::Array docs, files;
      for (const auto& doc : collection->docs) {
         docs.push_back(drop_for(*doc));
         all_documents.push_back(drop_for(*doc));
      }
      for (const auto& file : collection->files) {
         files.push_back(drop_for(*file));
         all_documents.push_back(drop_for(*file));
      }
      Value docs_value(std::move(docs));
      if (collection->label != "posts") collection_docs.emplace(collection->label, docs_value);
      collection_drops.emplace_back(collection->label,
                                    Value(liquid::DropPtr(std::make_shared< CollectionDrop >(
                                       *collection, docs_value, Value(std::move(files))))));
   }
   documents = Value(std::move(all_documents));
   std::stable_sort(collection_drops.begin(), collection_drops.end(),
                    [](const auto& a, const auto& b) { return a.first < b.first; });
   liquid::Array collection_values;
   for (auto& entry : collection_drops) collection_values.push_back(entry.second);
   collections = Value(std::move(collection_values));

   // site.posts: newest first (Document#<=> by date, then path).
   std::vector< const Document* > sorted;
   for (const auto& doc : site.posts().docs) sorted.push_back(doc.get());
   std::stable_sort(sorted.begin(), sorted.end(), [](const Document* a, const Document* b) {
      if (a->date.seconds != b->date.seconds) return a->date.seconds > b->date.seconds;
      return a->path > b->path;
   });
   liquid::Array posts_array;
   for (const Document* doc : sorted) posts_array.push_back(drop_for(*doc));
   posts = Value(std::move(posts_array));

   // site.tags / site.categories: each value's posts, newest first, keyed as a Ruby Hash keys
   // them (an Integer 2019 and the string "2019" are two keys).
   for (const char* attribute : {"tags", "categories"}) {
      liquid::Hash grouped;
      using Key = std::pair< bool, std::string >;  // (an Integer, its text)
      std::vector< std::pair< Key, std::vector< const Document* > > > groups;  // in order of appearance
      std::map< Key, std::size_t > group_of;
      for (const auto& doc : site.posts().docs) {
         const Value& values = doc->get(attribute);
         if (!values.is_array()) continue;
         for (const Value& value : values.as_array()) {
            Key key{value.is_integer(), liquid::to_output(value)};
            auto [found, added] = group_of.emplace(key, groups.size());
            if (added) groups.emplace_back(std::move(key), std::vector< const Document* >{});
            groups[found->second].second.push_back(doc.get());
         }
      }
      for (auto& [key, docs] : groups) {
         std::stable_sort(docs.begin(), docs.end(), [](const Document* a, const Document* b) {
            if (a->date.seconds != b->date.seconds) return a->date.seconds > b->date.seconds;
            return a->path > b->path;
         });
         liquid::Array list;
         for (const Document* doc : docs) list.push_back(drop_for(*doc));
         if (key.first) grouped.set(std::int64_t(std::stoll(key.second)), Value(std::move(list)));
         else grouped.set(key.second, Value(std::move(list)));
      }
      (std::string(attribute) == "tags" ? tags : categories) = Value(std::move(grouped));
   }
   time = Value(site.time);
   jekyll = Value(liquid::DropPtr(std::make_shared< JekyllDrop >()));
}

Value SiteDropCache::drop_for(const Document& doc) const {
   auto found = drops_.find(&doc);
   return found == drops_.end() ? Value() : found->second;
}

Value SiteDropCache::drop_for(const StaticFile& file) const {
   auto found = drops_.find(&file);
   return found == drops_.end() ? Value() : found->second;
}

std::optional< std::string > object_inspect(const liquid::Drop& drop) {
   if (const auto* doc = dynamic_cast< const DocumentDrop* >(&drop)) return document_inspect(doc->document());
   if (const auto* page = dynamic_cast< const PageDrop* >(&drop); page && !page->page().ruby_class.empty())
      return "#<" + page->page().ruby_class + " @relative_path=" + liquid::inspect(Value(page->page().relative_path)) + ">";
   if (const auto* file = dynamic_cast< const StaticFileDrop* >(&drop))
      return "#<Jekyll::StaticFile @relative_path=" + liquid::inspect(Value(file->file().relative_path)) + ">";
   return std::nullopt;
}

std::optional< int > compare_documents(const liquid::Drop& a, const liquid::Drop& b) {
   const auto* x = dynamic_cast< const DocumentDrop* >(&a);
   const auto* y = dynamic_cast< const DocumentDrop* >(&b);
   if (!x || !y) return std::nullopt;
   const Document& d = x->document();
   const Document& e = y->document();
   std::optional< int > order;
   if (!d.dated_by_site_time && !e.dated_by_site_time) order = filters::spaceship(Value(d.date), Value(e.date));
   if (!order || *order == 0) order = filters::spaceship(Value(d.path), Value(e.path));
   return order;
}

Value page_variable(const SiteDropCache& cache, const Document& doc) {
   // A plugin's page with its own hash (jekyll-archives) is that hash in both places.
   if (!doc.is_page() || doc.liquid_drop) return cache.drop_for(doc);
   return Value(liquid::DropPtr(std::make_shared< PageDrop >(doc, true)));
}

Value make_site_drop(const SiteDropCache& cache, const Document* current) {
   return Value(liquid::DropPtr(std::make_shared< SiteDrop >(cache, current)));
}

Value make_excerpt_drop(const SiteDropCache& cache, const Document& doc) {
   return Value(liquid::DropPtr(std::make_shared< ExcerptDrop >(cache, doc)));
}

void set_rendering(const Document* doc) { current_render = doc; }
bool set_rendering_excerpts(bool on) { return std::exchange(rendering_excerpts, on); }
const Document* rendering() { return current_render; }

bool rendered_before_current(const Document& doc) {
   const Document* current = current_render;
   // An excerpt sees no file rendered (an incremental rebuild keeps some files done).
   if (!current) return !rendering_excerpts && doc.done.load();
   if (&doc == current || doc.render_order > current->render_order) return false;
   std::unique_lock< std::mutex > lock(done_mutex);
   done_signal.wait(lock, [&] { return doc.done.load(); });
   return true;
}

void mark_done(Document& doc) {
   {
      std::lock_guard< std::mutex > lock(done_mutex);
      doc.done = true;
   }
   done_signal.notify_all();
}

}  // namespace jekyllpp::site
