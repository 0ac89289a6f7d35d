#include "site_files.hpp"

#include <algorithm>
#include <numeric>
#include <set>

#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site {

std::vector< Item > site_files(Site& site) {
   std::vector< Item > items;
   for (const auto& page : site.pages) items.push_back({page->destination, page->relative_path, page.get(), nullptr});
   std::set< const StaticFile* > seen;
   for (const auto& file : site.static_files)
      if (file->write) {
         items.push_back({file->destination, file->path, nullptr, file.get()});
         seen.insert(file.get());
      }
   // docs_to_write: Site#documents holds each collection's static files beside its documents, so
   // one a plugin took out of site.static_files (optional_front_matter's remove_originals) is
   // still written.
   for (const auto& collection : site.collections) {
      if (!collection->write()) continue;
      for (const auto& doc : collection->docs)
         if (site.publish(*doc)) items.push_back({doc->destination, doc->path, doc.get(), nullptr});
      for (const auto& file : collection->files)
         if (file->write && !seen.count(file.get())) items.push_back({file->destination, file->path, nullptr, file.get()});
   }
   return items;
}

// Found by sorting indices (no map of every destination).
std::vector< std::vector< std::size_t > > shared_destinations(const std::vector< Item >& items) {
   std::vector< std::size_t > by_destination(items.size());
   std::iota(by_destination.begin(), by_destination.end(), std::size_t(0));
   std::stable_sort(by_destination.begin(), by_destination.end(),
                    [&](std::size_t a, std::size_t b) { return items[a].destination < items[b].destination; });
   std::vector< std::vector< std::size_t > > groups;
   for (std::size_t i = 0; i < by_destination.size();) {
      const std::string& destination = items[by_destination[i]].destination;
      std::size_t j = i + 1;
      while (j < by_destination.size() && items[by_destination[j]].destination == destination) ++j;
      if (j - i > 1) groups.emplace_back(by_destination.begin() + std::ptrdiff_t(i), by_destination.begin() + std::ptrdiff_t(j));
      i = j;
   }
   std::sort(groups.begin(), groups.end());  // by first index: groups share no index
   return groups;
}

std::vector< bool > overridden(const std::vector< Item >& items, const std::vector< std::vector< std::size_t > >& shared) {
   std::vector< bool > out(items.size());
   for (const auto& group : shared)
      for (std::size_t k = 0; k + 1 < group.size(); ++k) out[group[k]] = true;
   return out;
}

}  // namespace jekyllpp::site
