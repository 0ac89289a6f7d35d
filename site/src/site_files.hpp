#pragma once
// The files a build writes (Site#each_site_file) and the destinations several of them share.
#include <string>
#include <vector>

namespace jekyllpp::site {

class Site;
struct Document;
struct StaticFile;

// One file the build writes: rendered output or a static file to copy.
struct Item {
   std::string destination;
   std::string label;               // how the conflict warning names it
   Document* doc = nullptr;         // a rendered page or document, or
   const StaticFile* file = nullptr;  // a file to copy
};

// Site#each_site_file: pages, static files to write, documents to write.
std::vector< Item > site_files(Site& site);

// The items that share their destination with another: groups of indices in item order, the
// groups in the order of their first item.
std::vector< std::vector< std::size_t > > shared_destinations(const std::vector< Item >& items);

// Whether each item is overridden: a later item has its destination (the last written wins).
std::vector< bool > overridden(const std::vector< Item >& items, const std::vector< std::vector< std::size_t > >& shared);

}  // namespace jekyllpp::site
