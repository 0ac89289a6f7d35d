#include "jekyllpp/site/read_cache.hpp"

#include <sys/stat.h>

#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/path_util.hpp"

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
   doc->dated_by_site_time = read.dated_by_site_time;
   doc->date_compared_with_site_time = read.date_compared_with_site_time;
   doc->url_as_read = read.url_as_read;
   return doc;
}

void assign_url_as_read(Site& site, Document& doc) {
   UrlAsRead* memo = doc.url_as_read.get();
   if (memo && memo->assigned) {
      doc.url = memo->url;
      doc.output_ext = memo->output_ext;
      doc.destination = memo->destination;
      doc.url_error = memo->url_error;
      return;
   }
   assign_url(site, doc);
   if (!memo) return;
   *memo = UrlAsRead{true, doc.url, doc.output_ext, doc.destination, doc.url_error};
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

bool ReadCache::Entry::holds_at(const liquid::Time& now) const {
   if (now.seconds == time.seconds && now.nanoseconds == time.nanoseconds && now.utc_offset == time.utc_offset)
      return true;
   if (read->dated_by_site_time) return false;
   const auto& compared = read->date_compared_with_site_time;
   return !compared || (*compared != time.seconds && *compared != now.seconds);
}

std::shared_ptr< Document > ReadCache::read(const std::string& key, const std::string& path, const liquid::Time& time,
                                            const Reader& reader) {
   const Stamp stamp = stamp_of(path);
   if (stamp.size >= 0) {
      std::shared_ptr< const Document > cached;
      {
         std::lock_guard< std::mutex > lock(mutex_);
         auto found = entries_.find(key);
         if (found != entries_.end() && found->second.stamp == stamp && found->second.holds_at(time)) {
            ++hits_;
            cached = found->second.read;
         }
      }
      // Copied outside the lock: the reading threads would otherwise take turns copying.
      if (cached) return copy_as_read(*cached);
   }
   std::shared_ptr< Document > doc = reader();
   std::lock_guard< std::mutex > lock(mutex_);
   ++misses_;
   if (!doc || stamp.size < 0 || !(stamp_of(path) == stamp)) {
      entries_.erase(key);  // changed while being read: read it again next time
      return doc;
   }
   doc->url_as_read = std::make_shared< UrlAsRead >();
   entries_[key] = Entry{path, stamp, time, copy_as_read(*doc)};
   return doc;
}

std::vector< std::string > ReadCache::listing(const std::string& key, const Lister& list) {
   {
      std::lock_guard< std::mutex > lock(mutex_);
      auto found = listings_.find(key);
      if (found != listings_.end()) {
         bool same = true;
         for (const auto& [folder, stamp] : found->second.folders) same = same && stamp_of(folder) == stamp;
         if (same) return found->second.files;
         listings_.erase(found);
      }
   }
   Listing walked = list();
   if (!walked.cacheable) return std::move(walked.files);
   std::lock_guard< std::mutex > lock(mutex_);
   return listings_.insert_or_assign(key, std::move(walked)).first->second.files;
}

void ReadCache::forget(const std::vector< std::string >& paths) {
   std::lock_guard< std::mutex > lock(mutex_);
   for (auto it = entries_.begin(); it != entries_.end();) {
      bool changed = false;
      for (const std::string& path : paths) changed = changed || it->second.path == path;
      it = changed ? entries_.erase(it) : std::next(it);
   }
   // A path changes a listing when it is (or holds) one of its folders (a folder went, or the
   // watcher's queue overflowed, which names the source); or when the entry of a listed folder
   // it is (or lies in: files in a new folder are named, not the folder) came, went or changed
   // kind. A folder the walk met was listed too, so paths below it are checked there.
   auto changes = [&](const Listing& listing, const std::string& path) {
      for (const auto& [folder, stamp] : listing.folders) {
         if (folder.compare(0, path.size(), path) == 0 && (folder.size() == path.size() || folder[path.size()] == '/'))
            return true;
         if (path.size() <= folder.size() || path.compare(0, folder.size(), folder) != 0 || path[folder.size()] != '/')
            continue;
         const std::string entry = path.substr(0, path.find('/', folder.size() + 1));
         auto met = listing.met.find(entry);
         if (met != listing.met.end() && met->second && entry != path) continue;
         struct stat st{};
         bool present = ::lstat(entry.c_str(), &st) == 0;
         if (present != (met != listing.met.end()) || (present && S_ISDIR(st.st_mode) != met->second)) return true;
      }
      return false;
   };
   for (auto it = listings_.begin(); it != listings_.end();) {
      bool changed = false;
      for (const std::string& path : paths) changed = changed || changes(it->second, path);
      it = changed ? listings_.erase(it) : std::next(it);
   }
}

std::pair< std::size_t, std::size_t > ReadCache::take_counts() {
   std::lock_guard< std::mutex > lock(mutex_);
   std::pair< std::size_t, std::size_t > counts{hits_, misses_};
   hits_ = misses_ = 0;
   return counts;
}

}  // namespace jekyllpp::site
