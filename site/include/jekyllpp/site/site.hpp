#pragma once
// Jekyll::Site: the configuration, everything read from the source, and the build phases
// (Site#process = reset, read, generate, render, cleanup, write).
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "jekyllpp/liquid/value.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/converter.hpp"
#include "jekyllpp/site/document.hpp"
#include "jekyllpp/site/frontmatter_defaults.hpp"
#include "jekyllpp/site/logger.hpp"
#include "jekyllpp/site/plugins/plugin.hpp"
#include "jekyllpp/site/theme.hpp"

namespace jekyllpp::liquid {
class Environment;
}

namespace jekyllpp::site {

class SiteDropCache;
class RenderedWrites;
class ReadCache;
class WriteMemo;

class Site {
public:
   Site(Config config, Logger& logger);
   ~Site();

   Config config;
   Logger& logger;
   liquid::Time time{};
   std::string source;
   std::string dest;
   std::string permalink_style;
   // The gem theme `theme:` names (Site#theme), set up by the engine before converters.
   std::optional< Theme > theme;

   std::map< std::string, std::shared_ptr< Layout > > layouts;
   std::vector< std::shared_ptr< Document > > pages;
   std::vector< std::shared_ptr< StaticFile > > static_files;
   std::vector< std::unique_ptr< Collection > > collections;  // in config order, posts first
   liquid::Value data{liquid::Hash()};
   std::vector< std::unique_ptr< Converter > > converters;
   std::unique_ptr< FrontmatterDefaults > frontmatter_defaults;
   // Liquid environment with Jekyll's filters and tags (set up by the engine).
   std::shared_ptr< liquid::Environment > environment;
   // Native stand-ins for the gems `plugins:` names, in load order (set up by the engine).
   std::vector< std::unique_ptr< plugins::Plugin > > plugins;
   // Settings a plugin set to a list of its pages (jekyll-archives' site.config["archives"]):
   // site.KEY shows those pages' drops.
   std::map< std::string, std::vector< const Document* > > config_page_lists;

   Collection& posts();
   Collection* find_collection(const std::string& label);

   bool show_drafts() const;
   bool future() const;
   bool unpublished() const;
   bool safe() const;

   // Site#process's phases.
   void process();
   void reset();
   void read();
   void generate();
   // Renders every page and document, or those `only` selects (the others are rendered).
   void render(const std::function< bool(const Document&) >& only = {});
   void cleanup();
   void write();

   // Jekyll's sanitized_path: `path` inside the source (never above it).
   std::string in_source_dir(const std::string& path) const;
   std::string in_dest_dir(const std::string& path) const;

   // Converters matching an extension, highest priority first (identity last).
   // The converters matching an extension, by priority, identity last: found once per extension
   // (each file asked for them two to three times). The converters are fixed once the site is
   // made; the list is found again if one is added.
   const std::vector< const Converter* >& converters_for(const std::string& ext) const;
   std::string output_ext_for(const std::string& ext) const;

   // Publisher#publish?
   bool publish(const Document& doc) const;
   bool hidden_in_the_future(const Document& doc) const;

   // site.* as Liquid sees it (built once per render phase).
   liquid::Value site_payload() const;
   std::vector< std::shared_ptr< Document > > documents() const;  // all collection docs

   // A page made while rendering (a Sass source map), already rendered, by converting `origin`;
   // it joins `pages` when the render phase ends. Thread-safe.
   void add_generated_page(std::shared_ptr< Document > page, const Document* origin = nullptr);
   std::vector< std::shared_ptr< Document > > take_generated_pages();
   // The page converting `origin` made in this render phase, or null. Thread-safe.
   std::shared_ptr< Document > page_generated_by(const Document& origin);

   // Set once the read phase is done: site.documents/posts/... values shared by every render.
   std::shared_ptr< SiteDropCache > drop_cache;

   // Incremental rebuilds: pages and documents read before, reused while their file is
   // unchanged (read_cache.hpp), and whether renders record what they use (dependency_graph.hpp).
   std::shared_ptr< ReadCache > read_cache;
   bool record_dependencies = false;
   // `serve`: what the last builds wrote, so the same bytes are not written again (writer.hpp).
   std::shared_ptr< WriteMemo > write_memo;
   // A plain build: files written as soon as they are rendered (rendered_writes.hpp).
   std::shared_ptr< RenderedWrites > rendered_writes;

private:
   std::unique_ptr< Converter > identity_;
   mutable std::mutex converters_mutex_;
   mutable std::size_t converters_seen_ = 0;  // converters.size() when by_ext_ was filled
   mutable std::unordered_map< std::string, std::vector< const Converter* > > converters_by_ext_;
   std::mutex generated_mutex_;
   std::vector< std::shared_ptr< Document > > generated_pages_;
   std::vector< const Document* > generated_origins_;  // beside generated_pages_
};

// Ensures `source` is not inside `dest` and they differ (Site#ensure_not_in_dest).
void ensure_not_in_dest(const std::string& source, const std::string& dest);

}  // namespace jekyllpp::site
