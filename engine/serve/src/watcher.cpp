#include "jekyllpp/serve/watcher.hpp"

#include <dirent.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>
#include <unordered_map>

namespace jekyllpp::serve {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::uint32_t kWatchMask = IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE |
                                     IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_EXCL_UNLINK;
struct Stamp {
   long long mtime_ns;
   long long size;
   bool operator!=(const Stamp& other) const {
      return mtime_ns != other.mtime_ns || size != other.size;
   }
};

std::string canonical(const std::string& path) {
   char buffer[PATH_MAX];
   if (::realpath(path.c_str(), buffer)) return buffer;
   std::string result = path;
   while (result.size() > 1 && result.back() == '/') result.pop_back();
   return result;
}

}  // namespace

struct Watcher::Impl {
   WatchOptions options;
   Callback on_change;
   std::thread thread;
   int stop_fd = -1;
   int inotify_fd = -1;
   std::unordered_map<int, std::string> directories;   // inotify watch -> absolute folder
   std::map<std::string, Stamp> snapshot;               // polling: file -> stamp
   std::set<std::string> pending;
   std::set<std::string> writing;   // modified or created files not closed since
   Clock::time_point first_change, last_change;

   std::string relative(const std::string& path) const {
      return path.size() > options.source.size() ? path.substr(options.source.size() + 1)
                                                 : std::string();
   }

   bool ignored(const std::string& path) const {
      std::string rel = relative(path);
      return !rel.empty() && is_ignored(options, rel);
   }

   void note(const std::string& path) {
      if (pending.empty()) first_change = Clock::now();
      last_change = Clock::now();
      pending.insert(path);
   }

   // When the burst under way ends if nothing else happens.
   Clock::time_point burst_end() const {
      auto quiet = writing.empty() ? options.quiet_period : options.writing_quiet_period;
      return std::min(last_change + quiet, first_change + options.longest_burst);
   }

   // Walks `dir` (not following symlinked folders): watches its folders with inotify, or
   // records every file's stamp when polling; `report` notes each file found as changed.
   void walk(const std::string& dir, std::map<std::string, Stamp>* stamps, bool report) {
      if (inotify_fd >= 0) {
         int wd = ::inotify_add_watch(inotify_fd, dir.c_str(), kWatchMask | IN_ONLYDIR);
         if (wd >= 0) directories[wd] = dir;
      }
      DIR* handle = ::opendir(dir.c_str());
      if (!handle) return;
      while (dirent* entry = ::readdir(handle)) {
         if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0) continue;
         std::string path = dir + "/" + entry->d_name;
         if (ignored(path)) continue;
         struct stat st;
         if (::lstat(path.c_str(), &st) != 0) continue;
         if (S_ISDIR(st.st_mode)) {
            walk(path, stamps, report);
            continue;
         }
         if (stamps) {
            if (S_ISLNK(st.st_mode)) ::stat(path.c_str(), &st);
            (*stamps)[path] = Stamp{static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL +
                                       st.st_mtim.tv_nsec,
                                    static_cast<long long>(st.st_size)};
         }
         if (report) note(path);
      }
      ::closedir(handle);
   }

   void read_events() {
      alignas(inotify_event) char buffer[16384];
      ssize_t length = ::read(inotify_fd, buffer, sizeof buffer);
      for (ssize_t offset = 0; offset < length;) {
         const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
         offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
         if (event->mask & IN_Q_OVERFLOW) {
            note(options.source);
            continue;
         }
         if (event->mask & IN_IGNORED) {
            directories.erase(event->wd);
            continue;
         }
         auto dir = directories.find(event->wd);
         if (dir == directories.end() || event->len == 0) continue;
         std::string path = dir->second + "/" + event->name;
         if (ignored(path)) continue;
         if (event->mask & IN_ISDIR) {
            if (event->mask & (IN_CREATE | IN_MOVED_TO)) {
               walk(path, nullptr, true);
            } else if (event->mask & (IN_DELETE | IN_MOVED_FROM)) {
               note(path);
            }
            continue;
         }
         if (event->mask & (IN_MODIFY | IN_CREATE)) writing.insert(path);
         // Closed, gone, or renamed into place (complete: an editor's atomic save).
         if (event->mask & (IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)) writing.erase(path);
         note(path);
      }
   }

   void poll_changes() {
      std::map<std::string, Stamp> now;
      walk(options.source, &now, false);
      for (const auto& [path, stamp] : now) {
         auto before = snapshot.find(path);
         if (before == snapshot.end() || before->second != stamp) note(path);
      }
      for (const auto& [path, stamp] : snapshot) {
         if (!now.count(path)) note(path);
      }
      snapshot = std::move(now);
   }

   void deliver() {
      ChangeSet changes;
      changes.paths.assign(pending.begin(), pending.end());
      pending.clear();
      writing.clear();
      for (const std::string& path : changes.paths) {
         if (std::find(options.config_files.begin(), options.config_files.end(), path) !=
             options.config_files.end()) {
            changes.config_changed = true;
         }
      }
      on_change(changes);
   }

   void loop() {
      auto next_scan = Clock::now() + options.poll_interval;
      while (true) {
         auto now = Clock::now();
         Clock::time_point wake = Clock::time_point::max();
         if (!pending.empty() && inotify_fd >= 0) wake = burst_end();
         if (inotify_fd < 0) wake = next_scan;
         int timeout = -1;
         if (wake != Clock::time_point::max()) {
            timeout = static_cast<int>(std::max<long long>(
               0, std::chrono::duration_cast<std::chrono::milliseconds>(wake - now).count()));
         }
         pollfd fds[2] = {{stop_fd, POLLIN, 0}, {inotify_fd, POLLIN, 0}};
         int ready = ::poll(fds, inotify_fd >= 0 ? 2 : 1, timeout);
         if (ready < 0 && errno != EINTR) return;
         if (fds[0].revents & POLLIN) return;
         if (inotify_fd >= 0 && (fds[1].revents & POLLIN)) read_events();

         now = Clock::now();
         if (inotify_fd < 0) {
            if (now < next_scan) continue;
            std::size_t before = pending.size();
            poll_changes();
            next_scan = Clock::now() + options.poll_interval;
            bool quiet = pending.size() == before;
            if (!pending.empty() && (quiet || now >= first_change + options.longest_burst)) deliver();
            continue;
         }
         if (!pending.empty() && now >= burst_end()) deliver();
      }
   }
};

Watcher::Watcher(WatchOptions options, Callback on_change) : impl_(std::make_unique<Impl>()) {
   options.source = canonical(options.source);
   options.destination = canonical(options.destination);
   if (options.config_files.empty()) {
      for (const char* name : {"_config.yml", "_config.yaml", "_config.toml"}) {
         options.config_files.push_back(options.source + "/" + name);
      }
   }
   for (std::string& file : options.config_files) file = canonical(file);
   impl_->options = std::move(options);
   impl_->on_change = std::move(on_change);
}

Watcher::~Watcher() { stop(); }

void Watcher::start() {
   struct stat st;
   if (::stat(impl_->options.source.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
      throw std::runtime_error("cannot watch " + impl_->options.source + ": not a directory");
   }
   impl_->stop_fd = ::eventfd(0, EFD_CLOEXEC);
   if (!impl_->options.force_polling) {
      impl_->inotify_fd = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
      if (impl_->inotify_fd < 0) {
         throw std::runtime_error(std::string("inotify: ") + std::strerror(errno));
      }
      impl_->walk(impl_->options.source, nullptr, false);
   } else {
      impl_->walk(impl_->options.source, &impl_->snapshot, false);
   }
   impl_->thread = std::thread([this] { impl_->loop(); });
}

void Watcher::stop() {
   if (impl_->thread.joinable()) {
      std::uint64_t one = 1;
      [[maybe_unused]] ssize_t written = ::write(impl_->stop_fd, &one, sizeof one);
      impl_->thread.join();
   }
   for (int* fd : {&impl_->stop_fd, &impl_->inotify_fd}) {
      if (*fd >= 0) ::close(*fd);
      *fd = -1;
   }
}

}  // namespace jekyllpp::serve
