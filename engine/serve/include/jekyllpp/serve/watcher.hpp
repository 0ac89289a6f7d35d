#pragma once
// Watches the source folder for changes (inotify, or polling with --force_polling), the way
// jekyll-watch drives Listen: the destination, excluded paths, VCS folders and editor temp
// files are ignored, and a burst of writes is delivered as one change set.
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace jekyllpp::serve {

struct ChangeSet {
   std::vector<std::string> paths;   // absolute, sorted, each once (config files included)
   bool config_changed = false;      // one of WatchOptions::config_files changed
};

struct WatchOptions {
   std::string source;                     // absolute
   std::string destination;                // absolute; ignored when inside source
   std::vector<std::string> exclude;       // source-relative, matched as path prefixes
   std::vector<std::string> config_files;  // absolute
   bool force_polling = false;
   // A burst of inotify events ends after `quiet_period` of silence, or after
   // `writing_quiet_period` while a file written in it is still open (truncate + write, a copy
   // under way: no IN_CLOSE_WRITE yet), and at the latest `longest_burst` after it began, so a
   // stream of events cannot hold a rebuild back. Listen (jekyll-watch) waits 100 ms of silence
   // in every case; events are only this close together within one save or one checkout, so 10 ms
   // still makes one rebuild of each, and a split one gives two rebuilds of the files on disk.
   std::chrono::milliseconds quiet_period{10};
   std::chrono::milliseconds writing_quiet_period{100};
   std::chrono::milliseconds longest_burst{1000};
   std::chrono::milliseconds poll_interval{500};
};

// True when jekyll-watch (Listen's silencer and Jekyll's ignore list) would not report this
// source-relative path ("a/b.md").
bool is_ignored(const WatchOptions& options, const std::string& relative_path);

class Watcher {
public:
   using Callback = std::function<void(const ChangeSet&)>;
   Watcher(WatchOptions options, Callback on_change);
   ~Watcher();
   Watcher(const Watcher&) = delete;
   Watcher& operator=(const Watcher&) = delete;

   // Starts watching on a thread of its own; the callback runs on that thread, one change
   // set at a time. Throws std::runtime_error when the source cannot be watched.
   void start();
   void stop();

private:
   struct Impl;
   std::unique_ptr<Impl> impl_;
};

}  // namespace jekyllpp::serve
