#pragma once
// A gem from Jekyll's plugin ecosystem, re-done natively: what it registers with Liquid (tags,
// filters), its Jekyll::Generator (run between read and render, highest priority first) and
// its :post_render hook for pages and documents.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jekyllpp::liquid {
class Environment;
}

namespace jekyllpp::site {
class Site;
struct Document;
}  // namespace jekyllpp::site

namespace jekyllpp::site::plugins {

// Jekyll::Plugin::PRIORITIES.
enum Priority { Lowest = -100, Low = -10, Normal = 0, High = 10, Highest = 100 };

class Plugin {
public:
   virtual ~Plugin() = default;
   // The gem's name as listed under `plugins:` ("jekyll-feed").
   virtual std::string name() const = 0;
   // Tags and filters (Liquid::Template.register_tag / register_filter).
   virtual void register_liquid(liquid::Environment&) const {}
   // Generator#generate; plugins without a generator return false from has_generator.
   virtual bool has_generator() const { return false; }
   virtual int generator_priority() const { return Normal; }
   virtual void generate(Site&) const {}
   // Jekyll::Hooks :post_render for :pages and :documents (may rewrite doc.output). Called on
   // the render threads, so it must only touch `doc`.
   virtual void post_render(const Site&, Document&) const {}
   // Jekyll::Hooks :post_init for :pages: every Page.new, the site's own pages as they are read
   // and those generators make (jekyll-paginate's pager pages, optional-front-matter's).
   virtual void page_initialized(const Site&, Document&) const {}
};

// The gem's native stand-in, or nullptr when it has nothing to run (jekyll-sass-converter,
// jekyll-watch: jekyllpp has both built in; jekyll-commonmark: the engine's markdown converter
// takes its processor when `markdown: CommonMark`).
std::unique_ptr< Plugin > make_plugin(std::string_view name);

}  // namespace jekyllpp::site::plugins
