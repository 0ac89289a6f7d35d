#pragma once
// Incremental rebuilds re-read only the files that changed: what reading a page or document
// gave (front matter after defaults, content, date, excerpt text, then the URL the site gave
// it) is kept by path, and a copy of it stands for the file while its size, times and inode
// stay the same. Likewise the files a walk of folders found stand while the folders' stamps
// stay the same. Either is read again when the watcher names a path in it (forget()): a
// change within the file system's time granularity can keep a stamp. A document whose reading
// took something from site.time (a date) is read again when site.time is not what it was.
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "jekyllpp/site/document.hpp"

namespace jekyllpp::site {

class Site;

class ReadCache {
public:
   // A file's or folder's size, times and inode (size -1: absent).
   struct Stamp {
      std::int64_t size = -1, inode = 0, mtime_ns = 0, ctime_ns = 0;
      bool operator==(const Stamp& other) const {
         return size == other.size && inode == other.inode && mtime_ns == other.mtime_ns && ctime_ns == other.ctime_ns;
      }
   };
   static Stamp stamp_of(const std::string& path);

   using Reader = std::function< std::shared_ptr< Document >() >;

   // A fresh copy of what `read` gave for `key` (which names the file and how it is read) last
   // time, when the file at `path` is unchanged since and what it took from the site's clock
   // (`time`) still holds; else read() again, remembered.
   std::shared_ptr< Document > read(const std::string& key, const std::string& path, const liquid::Time& time,
                                    const Reader& read);

   // What a walk of folders found: `files` to read; every folder it listed, with its stamp from
   // before listing it; every path it met (absolute), with whether it is a folder.
   struct Listing {
      std::vector< std::string > files;
      std::vector< std::pair< std::string, Stamp > > folders;
      std::unordered_map< std::string, bool > met;
      bool cacheable = true;  // false when the walk met a symlink (the watcher does not follow them)
   };
   using Lister = std::function< Listing() >;
   // What list() gave for `key` last time, when none of its folders changed since; else list()
   // again, remembered unless it met a symlink.
   std::vector< std::string > listing(const std::string& key, const Lister& list);

   // Reads these files again next time, whatever their stamps; lists their folders again when
   // one of them came or went (or became a folder), and every folder in one of them.
   void forget(const std::vector< std::string >& paths);
   // Files read from the cache / read again since the last call.
   std::pair< std::size_t, std::size_t > take_counts();

private:
   struct Entry {
      std::string path;
      Stamp stamp;
      liquid::Time time;  // site.time when read
      std::shared_ptr< const Document > read;
      bool holds_at(const liquid::Time& now) const;
   };

   std::mutex mutex_;
   std::unordered_map< std::string, Entry > entries_;
   std::unordered_map< std::string, Listing > listings_;
   std::size_t hits_ = 0, misses_ = 0;
};

// The fields reading sets, copied into a new document (render state left fresh).
std::shared_ptr< Document > copy_as_read(const Document& read);

// Site#read's URL for a page or document read from a file: kept with the read cache's copy,
// since it depends only on the file as read and the configuration, which an incremental build
// keeps (a changed configuration builds everything anew).
void assign_url_as_read(Site& site, Document& doc);

}  // namespace jekyllpp::site
