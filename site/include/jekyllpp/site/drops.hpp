#pragma once
// Jekyll's Liquid drops over the site model: SiteDrop (site.*), DocumentDrop (posts and
// collection documents), the page hash (Page#to_liquid), ExcerptDrop, StaticFileDrop,
// CollectionDrop and JekyllDrop.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {

class Site;
struct Document;
struct RenderedExcerpt;
struct StaticFile;

// A drop whose hash_for_json shows a field otherwise than Liquid sees it: a field holding
// Jekyll::Document objects (no drops) shows each as its to_s in JSON.
class JsonFieldsDrop : public liquid::Drop {
public:
   virtual liquid::Value json_field(std::string_view key) const = 0;
};

// The values site.* shares between all renders, built once after reading.
class SiteDropCache {
public:
   explicit SiteDropCache(Site& site);
   Site& site;
   liquid::Value posts;         // newest first
   liquid::Value pages;         // as read; see SiteDrop for the pages rendering adds
   std::vector< const Document* > asset_pages;  // pages whose conversion may add a page (Sass)
   liquid::Value html_pages;
   liquid::Value static_files;
   liquid::Value documents;
   liquid::Value collections;
   liquid::Value tags;
   liquid::Value categories;
   liquid::Value time;
   liquid::Value jekyll;        // the JekyllDrop
   std::unordered_map< std::string, liquid::Value > collection_docs;  // label -> docs
   std::unordered_map< std::string, liquid::Value > config_page_lists;  // Site::config_page_lists' drops
   // A document's excerpt, rendered when first read (set while the files render: renderer.cpp).
   std::function< const RenderedExcerpt&(const Document&) > excerpt;
   // The drop for a page or document (created once, shared).
   liquid::Value drop_for(const Document& doc) const;
   liquid::Value drop_for(const StaticFile& file) const;

private:
   std::unordered_map< const void*, liquid::Value > drops_;
};

// The `page` variable while `doc` renders (renderer.rb assign_pages!): a document's shared drop;
// for a page, Page#to_liquid as built before the page was converted, so its content stays the
// source in the layouts too, where site.pages already shows the converted page.
liquid::Value page_variable(const SiteDropCache& cache, const Document& doc);
// site.* for rendering `current` (related_posts depends on it).
liquid::Value make_site_drop(const SiteDropCache& cache, const Document* current);
// An excerpt of a document, as page while rendering the excerpt.
liquid::Value make_excerpt_drop(const SiteDropCache& cache, const Document& doc);

// Document#inspect or StaticFile#inspect for the drop of one ("#<Jekyll::Document _posts/a.md
// collection=posts>"); nullopt for other drops. site.posts, site.static_files and the lists
// made of them hold these objects, not drops: `inspect` shows them so.
std::optional< std::string > object_inspect(const liquid::Drop& drop);

// Document#<=>, which Array#sort without a property calls on site.posts' or a collection's items
// (Documents, not drops): data["date"], then the path when the dates are equal or incomparable.
// A document dated by nothing has no data["date"] until Document#date is first asked (nil:
// incomparable). nullopt unless both are documents.
std::optional< int > compare_documents(const liquid::Drop& a, const liquid::Drop& b);

// Render-order bookkeeping: the file this thread is rendering (see Document::render_order).
void set_rendering(const Document* doc);
// While set, this thread renders an excerpt that sees no file as rendered (renderer.cpp); gives
// back what was set before.
bool set_rendering_excerpts(bool on);
const Document* rendering();
// Blocks until an earlier file is done; returns whether `doc`'s rendered state is visible
// to the file being rendered.
bool rendered_before_current(const Document& doc);
void mark_done(Document& doc);

}  // namespace jekyllpp::site
