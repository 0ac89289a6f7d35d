// jekyll-last-modified-at 1.3.0: every page and document read from the source gets
// `last_modified_at` (a document keeps one its front matter or defaults set), and
// {% last_modified_at [format] %} prints the page's. The time is the last commit's that touched
// the file when the source is in a git work tree, else the file's mtime (git_log.hpp).
// The gem's Determinator is set by a :post_init hook, before any generator runs; here the
// generator of highest priority sets it.
#include <sys/stat.h>

#include <map>
#include <mutex>

#include "filters/filter_support.hpp"
#include "filters/text.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/liquid/node.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "jekyllpp/site/time_util.hpp"
#include "plugins/jekyll_last_modified_at/git_log.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

// Determinator#last_modified_at_time: Time.at(last_modified_at_unix); Errno::ENOENT when the
// file is not there.
liquid::Time modified_time(const std::string& source, const std::string& absolute) {
   struct stat st{};
   if (::stat(absolute.c_str(), &st) != 0)
      throw Error(Error::Kind::Other, "No such file or directory - " + absolute + " does not exist!", "Errno::ENOENT");
   return local_time(last_modified::last_modified_unix(source, absolute, st.st_mtime));
}

// The formatted dates the gem keeps in PATH_CACHE, by the path asked for: the first format used
// for a path is the one every later {% last_modified_at %} of it prints.
class FormattedCache {
public:
   std::string get(const Site& site, const std::string& path, const std::string& format) {
      std::lock_guard< std::mutex > lock(mutex_);
      auto found = formatted_.find(path);
      if (found != formatted_.end()) return found->second;
      std::string text = strftime(modified_time(site.source, sanitized_path(site.source, path)), format);
      formatted_.emplace(path, text);
      return text;
   }

   // A new build starts with no dates kept (the gem's cache lives as long as the Ruby process,
   // but a build must match a fresh one).
   void clear() {
      std::lock_guard< std::mutex > lock(mutex_);
      formatted_.clear();
   }

private:
   std::mutex mutex_;
   std::map< std::string, std::string > formatted_;
};

std::string configured_format(const Site& site) {
   const Value& format = lookup(site.config.get("last-modified-at"), "date-format");
   return format.is_nil() ? "%d-%b-%y" : filters::ruby_to_s(format);
}

class LastModifiedAtTag : public liquid::Node {
public:
   LastModifiedAtTag(std::string format, int line, std::shared_ptr< FormattedCache > cache)
       : Node(line), format_(std::move(format)), cache_(std::move(cache)) {}

   void render(liquid::Context& context, std::string& output) const override {
      const Site& site = filters::site_of(context);
      // context.environments.first["page"]["path"]
      const Value page = context.find_variable("page");
      if (page.is_nil()) throw liquid::Error(liquid::Error::Kind::Standard, "undefined method `[]' for nil:NilClass");
      const Value path = page.is_drop() ? page.as_drop().get("path") : lookup(page, "path");
      output += cache_->get(site, filters::ruby_to_s(path), format_.empty() ? configured_format(site) : format_);
   }

private:
   std::string format_;
   std::shared_ptr< FormattedCache > cache_;
};

std::string strip(const std::string& text) {
   const char* space = " \t\n\v\f\r";
   std::size_t first = text.find_first_not_of(space);
   if (first == std::string::npos) return "";
   return text.substr(first, text.find_last_not_of(space) - first + 1);
}

class LastModifiedAtPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-last-modified-at"; }

   void register_liquid(liquid::Environment& environment) const override {
      auto cache = cache_;
      environment.register_tag("last_modified_at", [cache](const std::string&, const std::string& markup,
                                                           liquid::ParseContext& parse) -> liquid::NodePtr {
         return std::make_unique< LastModifiedAtTag >(strip(markup), parse.line_number(), cache);
      });
   }

   bool has_generator() const override { return true; }
   // Ahead of every other generator, as the :post_init hook runs while the site is read.
   int generator_priority() const override { return Highest + 1; }

   // A page gets its time as it is made (Page#initialize runs the :post_init hook): the site's
   // pages and those generators add later (jekyll-paginate's pager pages read index.html again).
   void page_initialized(const Site& site, Document& page) const override {
      const Value* custom = page.data.as_hash().find("path");
      const std::string path = custom ? filters::ruby_to_s(*custom) : page.relative_path;
      set_modified(site.source, page, sanitized_path(site.source, path));
   }

   void generate(Site& site) const override {
      cache_->clear();
      for (const auto& doc : site.documents())
         if (!doc->data.as_hash().contains("last_modified_at")) set_modified(site.source, *doc, doc->path);
   }

private:
   // The Determinator's Liquid value; a file that is not there raises only when it is read, so
   // such a page gets none.
   static void set_modified(const std::string& source, Document& doc, const std::string& absolute) {
      struct stat st{};
      if (::stat(absolute.c_str(), &st) == 0)
         doc.set("last_modified_at", Value(local_time(last_modified::last_modified_unix(source, absolute, st.st_mtime))));
   }

   std::shared_ptr< FormattedCache > cache_ = std::make_shared< FormattedCache >();
};

}  // namespace

std::unique_ptr< Plugin > make_last_modified_at_plugin() { return std::make_unique< LastModifiedAtPlugin >(); }

}  // namespace jekyllpp::site::plugins
