// jekyll-redirect-from 0.16.0: a redirect page for every `redirect_from` entry of a page or
// written document, `redirect_to` turning a page itself into a redirect, the gem's `redirect`
// layout unless the site has one, and redirects.json listing every redirect.
#include <sys/stat.h>

#include <algorithm>

#include "filters/json.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/jekyll_redirect_from/redirect_page.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;
namespace rf = redirect_from;

std::string ruby_class(const Value& value) {
   switch (value.type()) {
      case Value::Type::Nil: return "NilClass";
      case Value::Type::Bool: return value.as_bool() ? "TrueClass" : "FalseClass";
      case Value::Type::Integer: return "Integer";
      case Value::Type::Float: return "Float";
      case Value::Type::String: return "String";
      case Value::Type::Array: return "Array";
      case Value::Type::Hash: return "Hash";
      case Value::Type::Time: return value.as_time().is_date ? "Date" : "Time";
      case Value::Type::Range: return "Range";
      case Value::Type::Drop: return "Liquid::Drop";
   }
   return "Object";
}

// A `redirect_from` entry as RedirectPage#set_paths takes it (ensure_leading_slash).
std::string from_path(const Value& entry) {
   if (entry.is_string()) return rf::ensure_leading_slash(entry.as_string());
   const char* method = entry.is_array() || entry.is_hash() ? "start_with?" : "empty?";
   throw Error(Error::Kind::Other, std::string("undefined method `") + method + "' for " + liquid::inspect(entry) +
                                      ":" + ruby_class(entry));
}

// A `redirect_to` target as the %r!^https?://! match takes it.
std::string to_path(const Value& entry) {
   if (entry.is_string()) return entry.as_string();
   throw Error(Error::Kind::Other, "no implicit conversion of " + ruby_class(entry) + " into String");
}

// Redirectable#redirect_from: the entries, nils left out.
std::vector< Value > redirect_from_entries(const Document& doc) {
   const Value& value = doc.get("redirect_from");
   std::vector< Value > entries;
   if (value.is_array()) {
      for (const Value& entry : value.as_array())
         if (!entry.is_nil()) entries.push_back(entry);
   } else if (!value.is_nil()) {
      entries.push_back(value);
   }
   return entries;
}

// Redirectable#redirect_to: the value, or an array's first non-nil entry.
Value redirect_to_entry(const Document& doc) {
   const Value& value = doc.get("redirect_to");
   if (!value.is_array()) return value;
   for (const Value& entry : value.as_array())
      if (!entry.is_nil()) return entry;
   return Value();
}

bool file_exists(const std::string& path) {
   struct stat st{};
   return ::stat(path.c_str(), &st) == 0;
}

class RedirectFromPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-redirect-from"; }
   bool has_generator() const override { return true; }

   void generate(Site& site) const override {
      if (site.layouts.find("redirect") == site.layouts.end()) {
         auto layout = std::make_shared< Layout >();
         layout->name = "redirect";
         layout->path = rf::gem_layout_path;
         layout->relative_path = "_layouts/redirect.html";
         layout->ext = "html";
         layout->data = Value(liquid::Hash());
         site.layouts["redirect"] = std::move(layout);
      }
      liquid::Hash redirects;
      std::vector< Document* > redirectable;
      for (const auto& doc : site.documents())
         if (doc->collection && doc->collection->write()) redirectable.push_back(doc.get());
      for (const auto& page : site.pages) redirectable.push_back(page.get());
      for (Document* doc : redirectable) {
         for (const Value& entry : redirect_from_entries(*doc)) {
            std::shared_ptr< Document > page = rf::make_redirect_page(site, from_path(entry), doc->url);
            const Value& redirect = page->get("redirect");
            redirects.set(liquid::to_output(lookup(redirect, "from")), lookup(redirect, "to"));
            site.pages.push_back(std::move(page));
         }
         redirect_itself(site, *doc, redirects);
      }
      if (!lookup(site.config.get("redirect_from"), "json").is_bool() ||
          lookup(site.config.get("redirect_from"), "json").as_bool())
         add_redirects_json(site, std::move(redirects));
   }

   // The gem's layout renders the redirect whatever the content: its HTML replaces the output
   // of any file whose layout chain reaches it.
   void post_render(const Site& site, Document& doc) const override {
      if (doc.extname == ".sass" || doc.extname == ".scss" || doc.extname == ".coffee") return;
      const Value* name = &doc.own("layout");
      std::vector< const Layout* > seen;
      while (name->is_string()) {
         auto found = site.layouts.find(name->as_string());
         if (found == site.layouts.end()) return;
         const Layout* layout = found->second.get();
         if (layout->path == rf::gem_layout_path) {
            const Value& to = lookup(doc.get("redirect"), "to");
            doc.output = rf::redirect_html(to.is_nil() ? std::string() : liquid::to_output(to));
            return;
         }
         if (std::find(seen.begin(), seen.end(), layout) != seen.end()) return;
         seen.push_back(layout);
         name = &lookup(layout->data, "layout");
      }
   }

private:
   // Generator#generate_redirect_to: the file becomes a redirect page itself.
   static void redirect_itself(Site& site, Document& doc, liquid::Hash& redirects) {
      const Value target = redirect_to_entry(doc);
      if (!target.truthy()) return;
      const std::string from = rf::ensure_leading_slash(doc.url);
      const std::string to = rf::redirect_target(site, to_path(target));
      for (const auto& [key, value] : rf::redirect_data(from, to)) doc.set(key, value);
      doc.content.clear();
      redirects.set(from, to);
   }

   // Generator#generate_redirects_json, unless the source has its own redirects.json.
   static void add_redirects_json(Site& site, liquid::Hash redirects) {
      if (file_exists(site.in_source_dir("redirects.json"))) return;
      auto page = std::make_shared< Document >();
      page->kind = Document::Kind::Page;
      page->ruby_class = "JekyllRedirectFrom::PageWithoutAFile";
      page->name = "redirects.json";
      page->relative_path = page->name;
      page->path = site.in_source_dir(page->name);
      page->extname = ".json";
      page->basename_without_ext = "redirects";
      page->content = filters::to_json(Value(std::move(redirects)));
      page->data = site.frontmatter_defaults->all(page->relative_path, "pages");
      page->set("layout", Value());
      page->output_ext = site.output_ext_for(page->extname);
      assign_url(site, *page);
      site.pages.push_back(std::move(page));
   }
};

}  // namespace

std::unique_ptr< Plugin > make_redirect_from_plugin() { return std::make_unique< RedirectFromPlugin >(); }

}  // namespace jekyllpp::site::plugins
