#include "jekyllpp/site/read_cache.hpp"

#include <sys/stat.h>

namespace jekyllpp::site {

std::shared_ptr< Document > copy_as_read(const Document& read) {
   auto doc = std::make_shared< Document >();
   doc->kind = read.kind;
   doc->path = read.path;
   doc->relative_path = read.relative_path;
   doc->extname = read.extname;
   doc->basename_without_ext = read.basename_without_ext;
   doc->data = read.data;
   doc->front_matter = read.front_matter;
   doc->content = read.content;
   doc->output_ext = read.output_ext;
   doc->dir = read.dir;
   doc->name = read.name;
   doc->collection = read.collection;
   doc->date = read.date;
   doc->draft = read.draft;
   doc->excerpt_source = read.excerpt_source;
   doc->has_excerpt = read.has_excerpt;
   return doc;
}

ReadCache::Stamp ReadCache::stamp_of(const std::string& path) {
   struct stat st{};
   Stamp stamp;
   if (::stat(path.c_str(), &st) != 0) return stamp;
   stamp.size = std::int64_t(st.st_size);
   stamp.inode = std::int64_t(st.st_ino);
   stamp.mtime_ns = std::int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
   stamp.ctime_ns = std::int64_t(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
   return stamp;
}

std::shared_ptr< Document > ReadCache::read(const std::string& key, const std::string& path, const Reader& reader) {
   const Stamp stamp = stamp_of(path);
   if (stamp.size >= 0) {
      std::lock_guard< std::mutex > lock(mutex_);
      auto found = entries_.find(key);
      if (found != entries_.end() && found->second.stamp == stamp) {
         ++hits_;
         return copy_as_read(*found->second.read);
      }
   }
   std::shared_ptr< Document > doc = reader();
   std::lock_guard< std::mutex > lock(mutex_);
   ++misses_;
   if (!doc || stamp.size < 0 || !(stamp_of(path) == stamp)) {
      entries_.erase(key);  // changed while being read: read it again next time
      return doc;
   }
   entries_[key] = Entry{path, stamp, copy_as_read(*doc)};
   return doc;
}

void ReadCache::forget(const std::vector< std::string >& paths) {
   std::lock_guard< std::mutex > lock(mutex_);
   for (auto it = entries_.begin(); it != entries_.end();) {
      bool changed = false;
      for (const std::string& path : paths) changed = changed || it->second.path == path;
      it = changed ? entries_.erase(it) : std::next(it);
   }
}

std::pair< std::size_t, std::size_t > ReadCache::take_counts() {
   std::lock_guard< std::mutex > lock(mutex_);
   std::pair< std::size_t, std::size_t > counts{hits_, misses_};
   hits_ = misses_ = 0;
   return counts;
}

}  // namespace jekyllpp::site
