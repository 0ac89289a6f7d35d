#pragma once
// Incremental rebuilds of a site kept alive between builds (`serve -I`): files are re-read only
// when they changed (read_cache.hpp), every render records what it used
// (dependency_graph.hpp), and a rebuild renders the pages and documents whose recorded uses a
// change touches, writes the outputs that changed and deletes those of removed files. The
// result is the full build's.
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {

class Site;
struct Document;

struct RebuildReport {
   std::size_t files = 0;     // pages and documents in the site
   std::size_t rendered = 0;  // of them, rendered by this build
   std::vector< std::string > rendered_urls;  // their URLs, sorted
   std::size_t reread = 0;    // pages and documents read again (not from the read cache)
   std::vector< std::string > written;  // destination paths written
   std::vector< std::string > removed;  // destination paths deleted
};

class IncrementalBuild {
public:
   explicit IncrementalBuild(Site& site);
   ~IncrementalBuild();

   // Site#process, remembering what each file used.
   RebuildReport full();
   // A rebuild after a change of the source; `changed` names the changed files (absolute
   // paths) as the watcher saw them, to be re-read whatever their stamps.
   RebuildReport rebuild(const std::vector< std::string >& changed);

private:
   // What one page or document used in its last render, by file keys.
   struct Uses {
      std::vector< std::pair< std::string, std::string > > sources;   // file key, field
      std::vector< std::pair< std::string, std::string > > rendered;  // file key, aspect
      std::vector< std::string > neighbours, keys;
      bool always = true;  // nothing recorded (or something untracked used): render every time
   };
   // What the last build was: the files and the things they can use.
   struct Snapshot {
      std::unordered_map< std::string, std::shared_ptr< Document > > files;  // by key_of
      std::unordered_map< std::string, Uses > uses;                          // by key_of
      std::map< std::string, std::string > aggregates;                       // "posts" -> member keys
      std::unordered_map< std::string, std::string > neighbours;             // file_key -> previous/next
      std::map< std::string, std::string > layouts;                          // "layout:name" -> its text
      std::map< std::string, std::string > file_digests;                     // "file:/path" -> digest
      liquid::Value data;
      std::map< std::string, std::string > outputs;                          // destination -> what makes it
      std::unordered_map< const Document*, std::string > keys;               // each file's key_of
      std::unordered_map< std::string, int > key_counts;                     // files given each file_key

      // A file's key in this build: its file_key, numbered from the second file in Site order
      // that has the same one (jekyll-archives makes a "Ruby" and a "ruby" page of one path).
      const std::string& key_of(const Document& doc);
   };

   Snapshot take_snapshot();
   static Uses uses_of(const Document& doc, Snapshot& now);
   std::unordered_set< std::string > changed_keys(const Snapshot& now, const std::vector< std::string >& changed) const;
   RebuildReport write_changes(Snapshot now, const std::set< std::string >& affected,
                               const std::unordered_map< std::string, std::size_t >& output_before);

   Site& site_;
   Snapshot last_;
};

// The identity a page or document keeps from build to build (not unique: see key_of).
std::string file_key(const Document& doc);

}  // namespace jekyllpp::site
