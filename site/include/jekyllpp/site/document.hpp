#pragma once
// What Jekyll reads from the source: pages (Jekyll::Page), collection documents and posts
// (Jekyll::Document), layouts and static files.
#include <atomic>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {

struct Collection;
struct RenderDependencies;
class Site;
class SiteDropCache;

// The URL Site#read gave a file as read (incremental builds, read_cache.hpp).
struct UrlAsRead {
   bool assigned = false;
   std::string url, output_ext, destination;
   std::exception_ptr url_error;
};

// An excerpt as rendered, or why it failed (raised, and logged, by whatever reads it), and what
// its rendering read (incremental builds: added to each reader's dependencies).
struct RenderedExcerpt {
   std::string text;
   std::exception_ptr failure;
   std::shared_ptr< RenderDependencies > used;
};

// A page or a collection document: something with front matter that is rendered.
struct Document {
   enum class Kind { Page, CollectionDocument };
   Kind kind = Kind::Page;
   // A page's Ruby class, which its inspect names (a plugin's page class); empty where not modelled.
   std::string ruby_class = "Jekyll::Page";

   std::string path;           // absolute source path
   std::string relative_path;  // relative to the source (to collections_dir for documents)
   std::string extname;        // ".md"
   std::string basename_without_ext;
   liquid::Value data;         // front matter (a hash), after defaults: what Liquid's page shows
   // Pages read from a file: their own front matter. Jekyll's Page#data is this hash, the
   // defaults only filling the keys it lacks (a default_proc, which Hash#fetch ignores), so a key
   // set to nil here stays nil for Jekyll's internals while Liquid (to_liquid) shows the default.
   liquid::Value front_matter;
   // the body after front matter, then rendered content (a plain build frees it once no file can
   // read it: renderer.cpp)
   std::string content;
   std::string output;         // the full rendered output
   std::string output_file;    // once written while rendering, the file holding it (rendered_writes.hpp)
   std::string url;
   // A document of a collection that writes nothing keeps its permalink's error (a placeholder
   // the URL has no key for) here: Jekyll computes a document's URL when something asks for it,
   // and nothing asks for an unwritten one unless Liquid reads its url or id.
   std::exception_ptr url_error;
   std::string output_ext;     // ".html"
   std::string destination;    // absolute output path

   // Pages: the directory between source and file ("/about"), and the file name.
   std::string dir;
   std::string name;

   // Documents.
   Collection* collection = nullptr;
   liquid::Time date{};
   bool draft = false;
   bool text_not_utf8 = false;  // its file is not UTF-8: Jekyll could not read its front matter
   std::string excerpt_source; // excerpt text before rendering (documents)
   bool has_excerpt = false;
   // What reading took from site.time (read_cache.hpp): the date fell back to it, or a front
   // matter date was compared with it (a post's file-name date replaces a date equal to it).
   bool dated_by_site_time = false;
   std::optional< std::int64_t > date_compared_with_site_time;
   // The excerpt, rendered when something first reads it (Excerpt#output), once: renderer.cpp.
   // Set under excerpt_mutex, then never changed (excerpt_ready tells it is set).
   mutable std::mutex excerpt_mutex;
   mutable std::atomic< bool > excerpt_ready{false};
   mutable std::optional< RenderedExcerpt > rendered_excerpt;
   std::size_t index = 0;      // position in the collection's docs

   // Pages a plugin makes (Jekyll's PageWithoutAFile, such as feed.xml): when set, makes the
   // page's content natively in place of Liquid and conversion; layouts apply as to any page.
   std::function< std::string(const Site&, const Document&) > native_content;
   // What Liquid sees as `paginator` while rendering this page (jekyll-paginate's pager), made
   // from the render phase's shared values; unset for a page without a pager (nil).
   std::function< liquid::Value(const SiteDropCache&) > paginator;
   // A plugin's page whose `page` is not Page#to_liquid (jekyll-archives' Archive, a Hash of its
   // own attributes): made once, from the render phase's shared values; unset for other pages.
   std::function< liquid::Value(const SiteDropCache&) > liquid_drop;

   // Render state. Jekyll renders one file after the other, so a file sees the converted
   // content and output of the files rendered before it and the raw content of the others;
   // render_order keeps that rule when files render in parallel.
   std::size_t render_order = 0;
   std::string converted;              // content after Liquid and conversion
   std::atomic< bool > converted_ready{false};
   std::atomic< bool > done{false};    // output is final
   // What its last render used, recorded for incremental rebuilds (Site::record_dependencies).
   std::shared_ptr< RenderDependencies > dependencies;
   // Files read through the read cache: the URL as read, shared with the cache's copy.
   std::shared_ptr< UrlAsRead > url_as_read;

   bool is_page() const { return kind == Kind::Page; }
   // data["key"] or nil: the value Liquid sees.
   const liquid::Value& get(std::string_view key) const;
   // data["key"] as Jekyll's own code reads it (layout, permalink): for a page, a key its front
   // matter sets, even to nil, wins over the front matter defaults.
   const liquid::Value& own(std::string_view key) const;
   void set(std::string key, liquid::Value value);
   bool published() const;
};

struct Layout {
   std::string name;           // "default"
   std::string path;           // absolute
   std::string relative_path;  // "_layouts/default.html"
   std::string ext;
   liquid::Value data;         // front matter
   std::string content;
};

struct StaticFile {
   std::string path;           // absolute source path
   std::string relative_path;  // "/images/a.png" (leading slash, as Jekyll's)
   std::string dir;            // "/images"
   std::string name;           // "a.png"
   std::string extname;
   std::string basename;       // "a"
   std::int64_t modified_time = 0;
   std::string url;
   std::string destination;
   Collection* collection = nullptr;
   liquid::Value data;         // front matter defaults that apply
   bool write = true;
};

struct Collection {
   std::string label;
   liquid::Value metadata;     // the collection's hash from config["collections"]
   std::string relative_directory;  // "_posts" (collections_dir/_label)
   std::string directory;           // absolute
   std::string url_template_default;  // "/:collection/:path" + the permalink style's suffix
   std::vector< std::shared_ptr< Document > > docs;
   std::vector< std::shared_ptr< StaticFile > > files;

   bool write() const;  // output: true (posts always)
   std::string url_template() const;
};

}  // namespace jekyllpp::site
