#pragma once
// Incremental rebuilds (`serve -I`, `build -I`): what each rendered page or document used while
// rendering, recorded at the drop, include and layout lookups, and the graph that turns a
// change of the source into the set of files to render again.
#include <memory>
#include <set>
#include <string>
#include <string_view>

namespace jekyllpp::site {

struct Document;

// What one file's render (its excerpt, content and layouts) read outside the file itself.
struct RenderDependencies {
   std::set< const Document* > sources;    // front matter, URL, date or raw content of another file
   std::set< const Document* > rendered;   // its rendered content, excerpt or output
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
void record_source(const Document& doc);
void record_rendered(const Document& doc);
void record_neighbours(const Document& doc);
void record_key(std::string_view key);
// A file read while rendering (an include or include_relative), by absolute path.
void record_file(const std::string& path);
void record_untracked();

}  // namespace jekyllpp::site
