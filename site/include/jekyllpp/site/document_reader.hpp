#pragma once
// Reading one page or collection document: front matter, defaults, and for documents the
// date/slug/title/categories/tags/excerpt that Document#read derives.
#include <memory>
#include <string>

#include "jekyllpp/site/document.hpp"

namespace jekyllpp::site {

class Site;

// Jekyll::Page.new(site, source, dir, name), its :post_init hooks run (plugins' page_initialized);
// nullptr when the file cannot be read. `base`, when not empty, is the folder in place of the
// source (a theme's root, for its assets).
std::shared_ptr< Document > read_page(Site& site, const std::string& dir, const std::string& name,
                                      const std::string& base = {});
// The file read as a page by a Page subclass whose initialize does not call Page's (no hooks run:
// jekyll-paginate-v2's BaseAutoPage reads its layout so).
std::shared_ptr< Document > read_page_without_hooks(Site& site, const std::string& dir, const std::string& name,
                                                    const std::string& base = {});

// Jekyll::Document.new(path, collection).read.
std::shared_ptr< Document > read_document(Site& site, Collection& collection, const std::string& path);

// The document's URL and destination (after the whole site is read).
void assign_url(Site& site, Document& doc);
void assign_url(Site& site, StaticFile& file);
// Page#destination for a page at `url`: index.html for a folder URL, output_ext added when missing.
std::string page_destination(Site& site, const std::string& url, const std::string& output_ext);

// The excerpt text Jekyll's Excerpt extracts from a document's content; `modified` is set when
// Liquid blocks cut by the separator had to be closed.
std::string extract_excerpt(const std::string& content, const std::string& separator, bool* modified = nullptr);

}  // namespace jekyllpp::site
