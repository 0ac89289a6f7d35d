#pragma once
// Incremental rebuilds re-read only the files that changed: what reading a page or document
// gave (front matter after defaults, content, date, excerpt text) is kept by path, and a copy
// of it stands for the file while its size, times and inode stay the same.
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "jekyllpp/site/document.hpp"

namespace jekyllpp::site {

class ReadCache {
public:
   using Reader = std::function< std::shared_ptr< Document >() >;

   // A fresh copy of what `read` gave for `key` (which names the file and how it is read) last
   // time, when the file at `path` is unchanged since; else read() again, remembered.
   std::shared_ptr< Document > read(const std::string& key, const std::string& path, const Reader& read);
   // Reads these files again next time, whatever their stamps (a save within the file
   // system's time granularity keeps the stamp).
   void forget(const std::vector< std::string >& paths);
   // Files read from the cache / read again since the last call.
   std::pair< std::size_t, std::size_t > take_counts();

private:
   struct Stamp {
      std::int64_t size = -1, inode = 0, mtime_ns = 0, ctime_ns = 0;
      bool operator==(const Stamp& other) const {
         return size == other.size && inode == other.inode && mtime_ns == other.mtime_ns && ctime_ns == other.ctime_ns;
      }
   };
   struct Entry {
      std::string path;
      Stamp stamp;
      std::shared_ptr< const Document > read;
   };
   static Stamp stamp_of(const std::string& path);

   std::mutex mutex_;
   std::unordered_map< std::string, Entry > entries_;
   std::size_t hits_ = 0, misses_ = 0;
};

// The fields reading sets, copied into a new document (render state left fresh).
std::shared_ptr< Document > copy_as_read(const Document& read);

}  // namespace jekyllpp::site
