// The watcher as jekyll-watch drives Listen: a burst of writes becomes one change set; the
// destination, excluded paths and editor temp files are not reported; config files are
// flagged; polling (--force_polling) sees the same changes.
#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include "jekyllpp/serve/watcher.hpp"
#include "support.hpp"

using jekyllpp::serve::ChangeSet;
using jekyllpp::serve::Watcher;
using jekyllpp::serve::WatchOptions;

namespace {

class Recorder {
public:
   void add(const ChangeSet& changes) {
      std::lock_guard<std::mutex> lock(mutex_);
      sets_.push_back(changes);
      changed_.notify_all();
   }
   // Waits for at least `count` change sets, then a little longer for any stray one.
   std::vector<ChangeSet> wait(std::size_t count, std::chrono::milliseconds settle) {
      std::unique_lock<std::mutex> lock(mutex_);
      changed_.wait_for(lock, std::chrono::seconds(5), [&] { return sets_.size() >= count; });
      lock.unlock();
      std::this_thread::sleep_for(settle);
      lock.lock();
      return sets_;
   }

private:
   std::mutex mutex_;
   std::condition_variable changed_;
   std::vector<ChangeSet> sets_;
};

WatchOptions options_for(const serve_test::TempDir& dir, bool polling) {
   WatchOptions options;
   options.source = dir.path();
   options.destination = dir.path() + "/_site";
   options.exclude = {"node_modules", "drafts/private.md"};
   options.force_polling = polling;
   options.quiet_period = std::chrono::milliseconds(400);
   options.poll_interval = std::chrono::milliseconds(300);
   return options;
}

void burst(const serve_test::TempDir& dir) {
   for (int i = 0; i < 30; ++i) {
      dir.write("_posts/2024-01-" + std::to_string(10 + i % 20) + "-p" + std::to_string(i) + ".md",
                "post " + std::to_string(i));
   }
   dir.write("_site/index.html", "written by the build");
   dir.write("node_modules/x/index.js", "dependency");
   dir.write("drafts/private.md", "excluded");
   dir.write(".index.md.swp", "vim");
   dir.write("about.md~", "backup");
   dir.write(".git/HEAD", "ref");
}

}  // namespace

TEST_CASE("a burst of writes arrives as one change set (inotify)", "[watch]") {
   serve_test::TempDir dir;
   dir.write("_posts/.keep", "");
   dir.write("_site/.keep", "");
   dir.write("node_modules/.keep", "");
   Recorder recorder;
   Watcher watcher(options_for(dir, false), [&](const ChangeSet& c) { recorder.add(c); });
   watcher.start();
   burst(dir);
   dir.write("newdir/deep/page.md", "in a folder created after start");
   auto sets = recorder.wait(1, std::chrono::milliseconds(800));
   watcher.stop();
   REQUIRE(sets.size() == 1);
   const auto& paths = sets[0].paths;
   CHECK(paths.size() == 31);
   CHECK_FALSE(sets[0].config_changed);
   for (const auto& path : paths) {
      INFO(path);
      CHECK((path.find("/_posts/") != std::string::npos || path.find("/newdir/deep/page.md") != std::string::npos));
   }
}

// A save that truncates the file and writes it again, slowly: the burst lasts until the file is
// closed (up to writing_quiet_period), though its events are further apart than quiet_period.
TEST_CASE("a file still open for writing holds the burst back (inotify)", "[watch]") {
   serve_test::TempDir dir;
   dir.write("post.md", "old text");
   Recorder recorder;
   WatchOptions options = options_for(dir, false);
   options.quiet_period = std::chrono::milliseconds(10);
   options.writing_quiet_period = std::chrono::milliseconds(3000);
   options.longest_burst = std::chrono::milliseconds(4000);
   Watcher watcher(options, [&](const ChangeSet& c) { recorder.add(c); });
   watcher.start();
   {
      std::ofstream out(dir.path() + "/post.md", std::ios::binary | std::ios::trunc);
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      out << "new text" << std::flush;
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
   }
   auto sets = recorder.wait(1, std::chrono::milliseconds(400));
   watcher.stop();
   REQUIRE(sets.size() == 1);
   CHECK(sets[0].paths == std::vector<std::string>{dir.path() + "/post.md"});
}

// A closed file needs only quiet_period of silence, not writing_quiet_period.
TEST_CASE("a burst of closed files ends after quiet_period (inotify)", "[watch]") {
   serve_test::TempDir dir;
   Recorder recorder;
   WatchOptions options = options_for(dir, false);
   options.quiet_period = std::chrono::milliseconds(10);
   options.writing_quiet_period = std::chrono::milliseconds(4000);
   options.longest_burst = std::chrono::milliseconds(4000);
   Watcher watcher(options, [&](const ChangeSet& c) { recorder.add(c); });
   watcher.start();
   auto started = std::chrono::steady_clock::now();
   dir.write("one.md", "one");
   auto sets = recorder.wait(1, std::chrono::milliseconds(0));
   watcher.stop();
   CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(3000));
   REQUIRE(sets.size() == 1);
}

// A change every 5 ms for 1.5 s never leaves quiet_period of silence: longest_burst cuts it.
TEST_CASE("a stream of changes is delivered every longest_burst (inotify)", "[watch]") {
   serve_test::TempDir dir;
   Recorder recorder;
   WatchOptions options = options_for(dir, false);
   options.quiet_period = std::chrono::milliseconds(4000);
   options.writing_quiet_period = std::chrono::milliseconds(4000);
   options.longest_burst = std::chrono::milliseconds(300);
   Watcher watcher(options, [&](const ChangeSet& c) { recorder.add(c); });
   watcher.start();
   for (int i = 0; i < 300; ++i) {
      dir.write("stream.md", std::to_string(i));
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
   }
   auto sets = recorder.wait(3, std::chrono::milliseconds(0));
   watcher.stop();
   CHECK(sets.size() >= 3);
}

TEST_CASE("_config.yml changes are flagged", "[watch]") {
   serve_test::TempDir dir;
   dir.write("_config.yml", "title: a\n");
   Recorder recorder;
   Watcher watcher(options_for(dir, false), [&](const ChangeSet& c) { recorder.add(c); });
   watcher.start();
   dir.write("_config.yml", "title: b\n");
   auto sets = recorder.wait(1, std::chrono::milliseconds(600));
   watcher.stop();
   REQUIRE(sets.size() == 1);
   CHECK(sets[0].config_changed);
   CHECK(sets[0].paths == std::vector<std::string>{dir.path() + "/_config.yml"});
}

TEST_CASE("polling sees additions, edits and removals", "[watch]") {
   serve_test::TempDir dir;
   dir.write("keep.md", "one");
   dir.write("gone.md", "bye");
   dir.write("_site/.keep", "");
   Recorder recorder;
   Watcher watcher(options_for(dir, true), [&](const ChangeSet& c) { recorder.add(c); });
   watcher.start();
   std::this_thread::sleep_for(std::chrono::milliseconds(20));
   burst(dir);
   dir.write("keep.md", "two, longer");
   std::filesystem::remove(dir.path() + "/gone.md");
   auto sets = recorder.wait(1, std::chrono::milliseconds(800));
   watcher.stop();
   REQUIRE(sets.size() == 1);
   CHECK(sets[0].paths.size() == 32);
}

TEST_CASE("jekyll-watch's ignore list", "[watch]") {
   WatchOptions options;
   options.source = "/site";
   options.destination = "/site/_site";
   options.exclude = {"vendor/cache/", "Gemfile", "*.gemspec"};
   using jekyllpp::serve::is_ignored;
   CHECK(is_ignored(options, "_site/index.html"));
   CHECK(is_ignored(options, ".git/index"));
   CHECK(is_ignored(options, "vendor/bundle/ruby/x.rb"));
   CHECK(is_ignored(options, "Gemfile.lock"));   // a prefix, as jekyll-watch's regexp
   CHECK(is_ignored(options, "x.gemspec"));
   CHECK(is_ignored(options, ".jekyll-metadata"));
   CHECK(is_ignored(options, "_posts/.a.md.swp"));
   CHECK(is_ignored(options, "index.md~"));
   CHECK(is_ignored(options, "4913"));
   CHECK(is_ignored(options, "sedA1b2c3"));
   CHECK_FALSE(is_ignored(options, "sedatives"));
   CHECK_FALSE(is_ignored(options, "_site_notes.md"));
   CHECK_FALSE(is_ignored(options, "logbook.md"));
   CHECK_FALSE(is_ignored(options, "_posts/2024-01-01-a.md"));
}
