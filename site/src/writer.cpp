#include "jekyllpp/site/writer.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <set>
#include <string_view>
#include <thread>

#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/rendered_writes.hpp"
#include "jekyllpp/site/site.hpp"
#include "atomic_write.hpp"
#include "site_files.hpp"

namespace jekyllpp::site {

namespace fs = boost::filesystem;

namespace {

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
   if (item.doc) return std::hash< std::string >()(item.doc->output);
   const std::string link = stamp_text(item.file->path, ::lstat), file = stamp_text(item.file->path, ::stat);
   if (link.empty() || file.empty()) return 0;
   return std::hash< std::string >()(item.file->path + (keep_links ? "\nlinks\n" : "\ncopies\n") + link + "\n" + file);
}

void ensure_inside(const Site& site, const std::string& path) {
   if (path.compare(0, site.dest.size() + 1, site.dest + "/") != 0)
      throw Error(Error::Kind::Fatal, "Refusing to write outside the destination: " + path);
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
   // A destination made by this build's renders holds only what they wrote.
   if (site.rendered_writes && !site.rendered_writes->destination_existed()) return;
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
   // The files written while rendering wait under their temporary names.
   const std::string pending = site.rendered_writes ? site.rendered_writes->suffix() : std::string();
   std::vector< std::string > obsolete;
   boost::system::error_code ec;
   for (fs::recursive_directory_iterator it(site.dest, ec), end; it != end; it.increment(ec)) {
      std::string path = it->path().string();
      if (!pending.empty() && path.size() > pending.size() &&
          path.compare(path.size() - pending.size(), pending.size(), pending) == 0)
         continue;
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
   const std::vector< bool > later_wins = overridden(items, shared);
   const char* env = std::getenv("JEKYLL_ENV");
   const bool keep_links = !site.safe() && !(env && std::string_view(env) == "production");
   std::vector< const Item* > work;
   std::vector< std::size_t > contents;  // content_key of each, with a memo
   WriteMemo* memo = site.write_memo.get();
   for (std::size_t i = 0; i < items.size(); ++i) {
      if (later_wins[i]) {
         // Written while rendering, then overridden by a page a plugin made meanwhile.
         if (items[i].doc && !items[i].doc->output_file.empty()) ::unlink(items[i].doc->output_file.c_str());
         continue;
      }
      if (memo) {
         std::size_t content = content_key(items[i], keep_links);
         if (memo->holds(items[i].destination, content)) continue;
         contents.push_back(content);
      }
      work.push_back(&items[i]);
   }

   // The directories the renders made their files in are known to be there.
   RenderedWrites* rendered = site.rendered_writes.get();
   MadeDirectories own_dirs;
   MadeDirectories& dirs = rendered ? rendered->directories() : own_dirs;
   dirs.replace_files(true);
   const std::string suffix = rendered ? rendered->suffix() : temp_suffix();
   std::atomic< std::size_t > next{0};
   std::exception_ptr failure;
   std::mutex failure_mutex;
   auto worker = [&] {
      for (std::size_t i; (i = next++) < work.size();) {
         try {
            const Item& item = *work[i];
            ensure_inside(site, item.destination);
            if (item.file) copy_static(dirs, suffix, *item.file, keep_links);
            else if (!item.doc->output_file.empty()) {
               rename_into_place(item.doc->output_file, item.destination);
               item.doc->output_file = item.destination;
            }
            else write_atomically(dirs, suffix, item.destination, item.doc->output.data(), item.doc->output.size(), 0644, nullptr);
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
   if (rendered) rendered->committed();
   if (failure) std::rethrow_exception(failure);
}

}  // namespace jekyllpp::site
