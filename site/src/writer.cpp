#include "jekyllpp/site/writer.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>
#include <cstdlib>
#include <mutex>
#include <numeric>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <string_view>
#include <thread>

#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site {

namespace fs = boost::filesystem;

namespace {

// One file the build writes: rendered output or a static file to copy.
struct Item {
   std::string destination;
   std::string label;                   // how the conflict warning names it
   const std::string* output = nullptr;  // rendered output, or
   const StaticFile* file = nullptr;     // a file to copy
};

// A file's size, inode, times and mode as text ("" when absent); `stat_of` is lstat or stat.
std::string stamp_text(const std::string& path, int (*stat_of)(const char*, struct stat*)) {
   struct stat st{};
   if (stat_of(path.c_str(), &st) != 0) return "";
   return std::to_string(st.st_size) + ":" + std::to_string(st.st_ino) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
          std::to_string(st.st_mtim.tv_nsec) + ":" + std::to_string(st.st_ctim.tv_sec) + "." +
          std::to_string(st.st_ctim.tv_nsec) + ":" + std::to_string(st.st_mode);
}

// What identifies a file's bytes without reading them: a hash of the output; for a static file,
// of its source path and stamps (the link's and the file's), and whether links are copied.
std::size_t content_key(const Item& item, bool keep_links) {
   if (item.output) return std::hash< std::string >()(*item.output);
   const std::string link = stamp_text(item.file->path, ::lstat), file = stamp_text(item.file->path, ::stat);
   if (link.empty() || file.empty()) return 0;
   return std::hash< std::string >()(item.file->path + (keep_links ? "\nlinks\n" : "\ncopies\n") + link + "\n" + file);
}

// Site#each_site_file: pages, static files to write, documents to write.
std::vector< Item > site_files(Site& site) {
   std::vector< Item > items;
   for (const auto& page : site.pages) items.push_back({page->destination, page->relative_path, &page->output, nullptr});
   for (const auto& file : site.static_files)
      if (file->write) items.push_back({file->destination, file->path, nullptr, file.get()});
   for (const auto& collection : site.collections) {
      if (!collection->write()) continue;
      for (const auto& doc : collection->docs)
         if (site.publish(*doc)) items.push_back({doc->destination, doc->path, &doc->output, nullptr});
   }
   return items;
}

void ensure_inside(const Site& site, const std::string& path) {
   if (path.compare(0, site.dest.size() + 1, site.dest + "/") != 0)
      throw Error(Error::Kind::Fatal, "Refusing to write outside the destination: " + path);
}

// The directories this build has made or found, so each is made once, with one mkdir where
// its parent is there already (no stat of every ancestor). Below a directory this build made
// (a fresh destination) nothing else can be: the missing levels are made top down, without
// the failed mkdir that finds a parent missing.
class MadeDirectories {
public:
   void ensure_parent_of(const std::string& path) { ensure(path.substr(0, path.rfind('/'))); }

private:
   void ensure(const std::string& dir) {
      if (dir.empty()) return;
      size_t known = dir.size();  // the end of the nearest ancestor (or dir itself) already seen
      bool below_made = false;
      {
         std::lock_guard< std::mutex > lock(mutex_);
         for (;;) {
            auto it = known == dir.size() ? made_.find(dir) : made_.find(dir.substr(0, known));
            if (it != made_.end()) {
               if (known == dir.size()) return;
               below_made = it->second;
               break;
            }
            known = dir.rfind('/', known - 1);
            if (known == 0 || known == std::string::npos) break;
         }
      }
      if (below_made) {
         // (A level another thread makes meanwhile fails with EEXIST: the general path then.)
         for (size_t end = dir.find('/', known + 1);; end = dir.find('/', end + 1)) {
            std::string level = dir.substr(0, end);
            if (::mkdir(level.c_str(), 0777) != 0) break;
            remember(level, true);
            if (end == std::string::npos) return;
         }
      }
      remember(dir, create(dir));
   }

   void remember(const std::string& dir, bool made) {
      std::lock_guard< std::mutex > lock(mutex_);
      made_.emplace(dir, made);
   }

   // Makes `dir` (and missing parents); whether this call made it (not found there).
   bool create(const std::string& dir) {
      if (::mkdir(dir.c_str(), 0777) == 0) return true;
      int error = errno;
      if (error == ENOENT || error == ENOTDIR) {  // a parent is missing, or a file is in its way
         ensure(dir.substr(0, dir.rfind('/')));
         if (::mkdir(dir.c_str(), 0777) == 0) return true;
         error = errno;
      }
      if (error == EEXIST) {
         struct stat st{};
         if (::stat(dir.c_str(), &st) == 0) {
            if (S_ISDIR(st.st_mode)) return false;  // there already (or made by another thread)
            // A file where a directory must go is replaced (Cleaner#replaced_files).
            if (S_ISREG(st.st_mode) && ::unlink(dir.c_str()) == 0 && ::mkdir(dir.c_str(), 0777) == 0) return true;
            error = errno;
         }
      }
      throw Error(Error::Kind::Other, std::string(std::strerror(error)) + " @ dir_s_mkdir - " + dir);
   }

   std::mutex mutex_;
   // Each directory seen: true when this build made it.
   std::unordered_map< std::string, bool > made_;
};

// What a temporary name adds to the file's: this process's id, taken once per write phase
// (a getpid call less per file; a detached `serve` forks before it builds).
std::string temp_suffix() { return ".jekyllpp-tmp-" + std::to_string(::getpid()); }

// Writes through a temporary name (path + suffix) and renames, so a reader never sees half a file.
void write_atomically(MadeDirectories& dirs, const std::string& suffix, const std::string& path, const char* data,
                      std::size_t size, mode_t mode, const timespec* mtime) {
   dirs.ensure_parent_of(path);
   std::string temp = path + suffix;
   int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
   if (fd < 0) throw Error(Error::Kind::Other, std::string(std::strerror(errno)) + " @ rb_sysopen - " + path);
   std::size_t written = 0;
   while (written < size) {
      ssize_t n = ::write(fd, data + written, size - written);
      if (n < 0) {
         ::close(fd);
         ::unlink(temp.c_str());
         throw Error(Error::Kind::Other, std::string(std::strerror(errno)) + " - " + path);
      }
      written += std::size_t(n);
   }
   if (mtime) {
      timespec times[2] = {*mtime, *mtime};
      ::futimens(fd, times);
   }
   ::close(fd);
   // A directory where the file goes is replaced; only a failed rename needs the check.
   bool renamed = ::rename(temp.c_str(), path.c_str()) == 0;
   int rename_error = errno;
   if (!renamed && fs::is_directory(path)) {
      fs::remove_all(path);
      renamed = ::rename(temp.c_str(), path.c_str()) == 0;
      rename_error = errno;
   }
   if (!renamed) {
      ::unlink(temp.c_str());
      throw Error(Error::Kind::Other, std::string(std::strerror(rename_error)) + " - " + path);
   }
}

// A symlink at path holding target, made under a temporary name and renamed into place.
void link_atomically(MadeDirectories& dirs, const std::string& suffix, const std::string& path,
                     const std::string& target) {
   dirs.ensure_parent_of(path);
   std::string temp = path + suffix;
   ::unlink(temp.c_str());
   if (::symlink(target.c_str(), temp.c_str()) != 0)
      throw Error(Error::Kind::Other, std::string(std::strerror(errno)) + " @ rb_file_s_symlink - " + path);
   boost::system::error_code ec;
   if (fs::is_directory(fs::symlink_status(path, ec))) fs::remove_all(path, ec);
   if (::rename(temp.c_str(), path.c_str()) != 0) {
      ::unlink(temp.c_str());
      throw Error(Error::Kind::Other, std::string(std::strerror(errno)) + " - " + path);
   }
}

// The text of the symlink at path, or nullopt when path is not a symlink.
std::optional< std::string > link_target(const std::string& path) {
   struct stat st{};
   if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return std::nullopt;
   std::string target(std::size_t(st.st_size > 0 ? st.st_size : 4096), '\0');
   ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
   if (n < 0) return std::nullopt;
   target.resize(std::size_t(n));
   return target;
}

// StaticFile#copy_file: FileUtils.copy_entry copies a symlink as a symlink with the same
// target; in safe mode or with JEKYLL_ENV=production FileUtils.cp copies what it points to.
void copy_static(MadeDirectories& dirs, const std::string& suffix, const StaticFile& file, bool keep_links) {
   if (keep_links)
      if (std::optional< std::string > target = link_target(file.path))
         return link_atomically(dirs, suffix, file.destination, *target);
   std::string content = read_file_bytes(file.path);
   struct stat st{};
   ::stat(file.path.c_str(), &st);
   write_atomically(dirs, suffix, file.destination, content.data(), content.size(), st.st_mode & 07777, &st.st_mtim);
}

void parent_dirs(const std::string& dest, const std::string& file, std::set< std::string >& out) {
   std::string parent = dirname(file);
   while (parent != dest && parent.size() > dest.size()) {
      out.insert(parent);
      parent = dirname(parent);
   }
}

}  // namespace

bool WriteMemo::holds(const std::string& destination, std::size_t content) const {
   std::string stamp = stamp_text(destination, ::lstat);
   std::lock_guard< std::mutex > lock(mutex_);
   auto found = written_.find(destination);
   return content != 0 && found != written_.end() && found->second.content == content && !stamp.empty() &&
          found->second.stamp == stamp;
}

void WriteMemo::wrote(const std::string& destination, std::size_t content) {
   std::string stamp = stamp_text(destination, ::lstat);
   std::lock_guard< std::mutex > lock(mutex_);
   written_[destination] = Written{content, std::move(stamp)};
}

void clean_destination(Site& site) {
   if (!fs::is_directory(site.dest)) return;
   std::set< std::string > new_files, new_dirs;
   for (const Item& item : site_files(site)) {
      new_files.insert(item.destination);
      parent_dirs(site.dest, item.destination, new_dirs);
   }
   std::vector< std::string > keep = site.config.strings("keep_files");
   std::set< std::string > keep_dirs;
   for (const std::string& kept : keep) parent_dirs(site.dest, site.in_dest_dir(kept), keep_dirs);
   auto kept_by_pattern = [&](const std::string& path) {
      std::string relative = path.substr(site.dest.size() + 1);
      for (const std::string& kept : keep)
         if (relative.compare(0, kept.size(), kept) == 0) return true;
      return false;
   };
   std::vector< std::string > obsolete;
   boost::system::error_code ec;
   for (fs::recursive_directory_iterator it(site.dest, ec), end; it != end; it.increment(ec)) {
      std::string path = it->path().string();
      if (kept_by_pattern(path)) {
         if (fs::is_directory(it->status())) it.disable_recursion_pending();
         continue;
      }
      if (keep_dirs.count(path)) continue;
      if (new_files.count(path) || (new_dirs.count(path) && fs::is_directory(it->status()))) continue;
      obsolete.push_back(path);
      if (fs::is_directory(it->status())) it.disable_recursion_pending();
   }
   for (const std::string& path : obsolete) fs::remove_all(path, ec);
   fs::remove(fs::path(site.source) / ".jekyll-metadata", ec);
}

namespace {

// The items that share their destination with another: groups of indices in item order, the
// groups in the order of their first item. Found by sorting indices (no map of every destination).
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

bool warn_conflicts(Site& site, const std::vector< Item >& items,
                    const std::vector< std::vector< std::size_t > >& shared) {
   for (const auto& group : shared) {
      site.logger.warn("Conflict:", "The following destination is shared by multiple files.");
      site.logger.warn("", "The written file may end up with unexpected contents.");
      site.logger.warn("", items[group.front()].destination);
      for (std::size_t i : group) site.logger.warn("", " - " + items[i].label);
      site.logger.warn("");
   }
   return !shared.empty();
}

}  // namespace

bool warn_conflicts(Site& site) {
   const std::vector< Item > items = site_files(site);
   return warn_conflicts(site, items, shared_destinations(items));
}

void write_site(Site& site, const std::function< bool(const std::string& destination) >& only) {
   std::vector< Item > items = site_files(site);
   std::vector< std::vector< std::size_t > > shared = shared_destinations(items);
   warn_conflicts(site, items, shared);
   if (only) {
      items.erase(std::remove_if(items.begin(), items.end(), [&](const Item& item) { return !only(item.destination); }),
                  items.end());
      shared = shared_destinations(items);
   }
   // The last file for a destination wins, as when Jekyll writes them in turn.
   std::vector< bool > overridden(items.size());
   for (const auto& group : shared)
      for (std::size_t k = 0; k + 1 < group.size(); ++k) overridden[group[k]] = true;
   const char* env = std::getenv("JEKYLL_ENV");
   const bool keep_links = !site.safe() && !(env && std::string_view(env) == "production");
   std::vector< const Item* > work;
   std::vector< std::size_t > contents;  // content_key of each, with a memo
   WriteMemo* memo = site.write_memo.get();
   for (std::size_t i = 0; i < items.size(); ++i) {
      if (overridden[i]) continue;
      if (memo) {
         std::size_t content = content_key(items[i], keep_links);
         if (memo->holds(items[i].destination, content)) continue;
         contents.push_back(content);
      }
      work.push_back(&items[i]);
   }

   MadeDirectories dirs;
   const std::string suffix = temp_suffix();
   std::atomic< std::size_t > next{0};
   std::exception_ptr failure;
   std::mutex failure_mutex;
   auto worker = [&] {
      for (std::size_t i; (i = next++) < work.size();) {
         try {
            const Item& item = *work[i];
            ensure_inside(site, item.destination);
            if (item.file) copy_static(dirs, suffix, *item.file, keep_links);
            else write_atomically(dirs, suffix, item.destination, item.output->data(), item.output->size(), 0644, nullptr);
            if (memo) memo->wrote(item.destination, contents[i]);
         } catch (...) {
            std::lock_guard< std::mutex > lock(failure_mutex);
            if (!failure) failure = std::current_exception();
         }
      }
   };
   unsigned threads = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
   std::vector< std::thread > pool;
   for (unsigned t = 1; t < threads && t < work.size(); ++t) pool.emplace_back(worker);
   worker();
   for (auto& thread : pool) thread.join();
   if (failure) std::rethrow_exception(failure);
}

}  // namespace jekyllpp::site
