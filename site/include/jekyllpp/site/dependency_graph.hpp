#pragma once
// Incremental rebuilds (`serve -I`, `build -I`): what each rendered page or document used while
// rendering, recorded at the drop, include and layout lookups, and the graph that turns a
// change of the source into the set of files to render again.
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace jekyllpp::site {

struct Document;

// What one file's render (its excerpt, content and layouts) read outside the file itself.
struct RenderDependencies {
   // Fields of other files as read ("title", "url", raw "content"; "*" for all of them).
   std::set< std::pair< const Document*, std::string > > sources;
   // Renderings of other files read: "content" (converted), "excerpt" or "output".
   std::set< std::pair< const Document*, std::string > > rendered;
   std::set< const Document* > neighbours; // whose page.next / page.previous
   std::set< std::string > keys;           // "posts", "data", "layout:post", "file:/abs/path"...
   bool always = false;                    // used something not tracked: render on every change
};

// Recording goes to the dependencies of the file this thread renders, if any (nothing is
// recorded by a plain build).
class DependencyScope {
public:
   explicit DependencyScope(RenderDependencies* into);
   ~DependencyScope();
   DependencyScope(const DependencyScope&) = delete;
   DependencyScope& operator=(const DependencyScope&) = delete;

private:
   RenderDependencies* previous_;
};

bool recording_dependencies();
void record_source(const Document& doc, std::string_view field);
void record_rendered(const Document& doc, std::string_view aspect);
void record_neighbours(const Document& doc);
void record_key(std::string_view key);
// Adds all `used` holds (what an excerpt's rendering read, for each file reading the excerpt).
void record_all(const RenderDependencies& used);
// A file read while rendering (an include or include_relative), by absolute path.
void record_file(const std::string& path);
void record_untracked();

}  // namespace jekyllpp::site
