#pragma once
// Cleaner and writer: removes files in the destination that the build no longer produces
// (keep_files aside), warns about destinations shared by several files (Doctor's conflict
// check), and writes every file atomically inside the destination.
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

namespace jekyllpp::site {

class Site;

// What a serving process wrote to each destination (`Site::write_memo`): a rebuild that makes
// the same bytes for a destination again leaves the file alone, as long as it is still the
// file written then (same inode, size and times), so the rebuilt _site is the same while
// unchanged files are not written again.
class WriteMemo {
public:
   // Whether `destination` holds what `content` (a hash of the bytes, or of a static file's
   // source and its stamps) made when it was written last.
   bool holds(const std::string& destination, std::size_t content) const;
   void wrote(const std::string& destination, std::size_t content);

private:
   struct Written {
      std::size_t content = 0;
      std::string stamp;  // lstat of the destination after writing
   };
   mutable std::mutex mutex_;
   std::unordered_map< std::string, Written > written_;
};

void clean_destination(Site& site);
// Doctor.conflicting_urls: logs each destination shared by several files; true if any.
bool warn_conflicts(Site& site);
// Writes every file, or those whose destination `only` selects.
void write_site(Site& site, const std::function< bool(const std::string& destination) >& only = {});

}  // namespace jekyllpp::site
