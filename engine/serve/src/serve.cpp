// `jekyllpp serve` put together: Jekyll's Build-then-Serve sequence (commands/build.rb,
// commands/serve.rb and jekyll-watch), with the build supplied by the caller.
#include "jekyllpp/serve/serve.hpp"

#include <fnmatch.h>
#include <signal.h>
#include <spawn.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>

#include "jekyllpp/serve/http_server.hpp"
#include "jekyllpp/serve/livereload_server.hpp"
#include "jekyllpp/serve/log.hpp"

extern char** environ;

namespace jekyllpp::serve {
namespace {

void say(std::string_view topic, std::string_view message) {
   std::cout << log_line(topic, message) << std::endl;
}

std::string normalized_baseurl(const ServeOptions& options) {
   std::string base = options.baseurl.value_or("");
   while (!base.empty() && base.back() == '/') base.pop_back();
   if (!base.empty() && base.front() != '/') base.insert(base.begin(), '/');
   return base;
}

bool ssl_enabled(const ServeOptions& options) { return options.ssl_cert && options.ssl_key; }

std::string server_address(const ServeOptions& options, unsigned short port) {
   return std::string(ssl_enabled(options) ? "https" : "http") + "://" + options.host + ":" + std::to_string(port) +
          normalized_baseurl(options) + "/";
}

// Jekyll.sanitized_path(source, file): the file inside the source, however it is written.
std::string in_source(const ServeOptions& options, const std::string& file) {
   if (file.compare(0, options.source.size() + 1, options.source + "/") == 0) return file;
   return options.source + (std::filesystem::path("/") / file).lexically_normal().string();
}

std::string now_stamp() {
   std::time_t t = std::time(nullptr);
   std::tm tm{};
   localtime_r(&t, &tm);
   char buffer[32];
   std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &tm);
   return buffer;
}

void open_browser(const std::string& address) {
   pid_t pid;
   const char* argv[] = {"xdg-open", address.c_str(), nullptr};
   if (::posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv),
                      environ) != 0) {
      say("Error:", "Refusing to launch browser. Platform launcher unknown.");
   }
}

// The written files LiveReload names, as site paths ("/css/main.css"), less the
// --livereload-ignore globs (Ruby's File.fnmatch without flags: "*" crosses "/").
std::vector<std::string> reload_paths(const ServeOptions& options,
                                      const std::vector<std::string>& written) {
   std::vector<std::string> paths;
   for (const std::string& file : written) {
      bool ignored = false;
      for (const std::string& glob : options.livereload_ignore) {
         ignored = ignored || ::fnmatch(glob.c_str(), file.c_str(), FNM_PERIOD) == 0;
      }
      if (!ignored) paths.push_back(file.empty() || file[0] != '/' ? "/" + file : file);
   }
   return paths;
}

class Session {
public:
   Session(const ServeOptions& options, const RebuildFn& rebuild)
      : options_(options), rebuild_(rebuild) {}

   void initial_build() {
      std::error_code ignored;
      std::filesystem::create_directories(options_.destination, ignored);
      if (options_.skip_initial_build) {
         say("Build Warning:", "Skipping the initial build. This may result in an out-of-date site.");
         return;
      }
      BuildRequest request;
      request.initial = true;
      record(rebuild_(request));
   }

   // Binds both servers and starts watching; false (with Jekyll's error printed) when a
   // port cannot be had.
   bool start() {
      try {
         if (options_.watch) {
            WatchOptions watch;
            watch.source = options_.source;
            watch.destination = options_.destination;
            watch.exclude = options_.exclude;
            watch.config_files = options_.config_files;
            watch.force_polling = options_.force_polling;
            watcher_ = std::make_unique<Watcher>(watch, [this](const ChangeSet& changes) {
               regenerate(changes);
            });
            watcher_->start();
            say("Auto-regeneration:", "enabled for '" + options_.source + "'");
         } else {
            say("Auto-regeneration:", "disabled. Use --watch to enable.");
         }
         HttpConfig config;
         config.host = options_.host;
         config.port = options_.port;
         config.root = options_.destination;
         config.baseurl = normalized_baseurl(options_);
         config.encoding = options_.encoding;
         config.directory_index = !options_.show_dir_listing;
         config.headers = options_.headers;
         if (options_.ssl_cert || options_.ssl_key) {   // Serve#enable_ssl
            if (!ssl_enabled(options_)) throw std::runtime_error("Missing --ssl_cert or --ssl_key. Both are required.");
            config.ssl_cert_file = in_source(options_, *options_.ssl_cert);
            config.ssl_key_file = in_source(options_, *options_.ssl_key);
         }
         bool has_cache_control = false;
         for (const auto& header : config.headers) {
            has_cache_control = has_cache_control || strcasecmp(header.first.c_str(), "Cache-Control") == 0;
         }
         if (!has_cache_control) {
            config.headers.emplace_back(
               "Cache-Control", "private, max-age=0, proxy-revalidate, no-store, no-cache, must-revalidate");
         }
         if (options_.livereload) {
            livereload_ = std::make_unique<LiveReloadServer>();
            livereload_->start(options_.host, options_.livereload_port);
            say("LiveReload address:", "http://" + options_.host + ":" +
                                         std::to_string(livereload_->port()));
            config.livereload = LiveReloadSnippet{livereload_->port(), options_.livereload_min_delay,
                                                  options_.livereload_max_delay};
         }
         http_ = std::make_unique<HttpServer>(std::move(config));
         if (failed_) http_->show_build_error(error_);
         http_->start();
      } catch (const std::exception& e) {
         say("Error:", e.what());
         stop();
         return false;
      }
      std::string address = server_address(options_, http_->port());
      say("Server address:", address);
      if (!options_.detach) say("Server running...", "press ctrl-c to stop.");
      if (options_.open_url) open_browser(address);
      return true;
   }

   void stop() {
      if (watcher_) watcher_->stop();
      if (http_) http_->stop();
      if (livereload_) livereload_->stop();
   }

private:
   void record(const BuildResult& result) {
      failed_ = !result.ok;
      error_ = result.error;
      if (!result.ok) {
         say("Error:", result.error);
         if (http_) http_->show_build_error(result.error);
      } else if (http_) {
         http_->clear_build_error();
      }
   }

   void regenerate(const ChangeSet& changes) {
      auto started = std::chrono::steady_clock::now();
      say("Regenerating:", std::to_string(changes.paths.size()) + " file(s) changed at " + now_stamp());
      for (const std::string& path : changes.paths) {
         bool inside = path.size() > options_.source.size() &&
                       path.compare(0, options_.source.size(), options_.source) == 0;
         say("", inside ? path.substr(options_.source.size() + 1) : path);
      }
      bool was_failing = failed_;
      BuildRequest request;
      request.changes = changes;
      BuildResult result = rebuild_(request);
      record(result);
      if (result.ok) {
         std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
         char seconds[32];
         std::snprintf(seconds, sizeof seconds, "%.3f", took.count());
         say("", std::string("...done in ") + seconds + " seconds.");
      }
      std::cout << std::endl;
      if (!livereload_) return;
      // A page showing the build error, or leaving it, must reload whatever was written.
      std::vector<std::string> paths;
      if (result.ok) paths = reload_paths(options_, result.written);
      if (!result.ok || was_failing) paths.insert(paths.begin(), "/");
      livereload_->reload(paths);
   }

   const ServeOptions& options_;
   const RebuildFn& rebuild_;
   bool failed_ = false;
   std::string error_;
   std::unique_ptr<Watcher> watcher_;
   std::unique_ptr<LiveReloadServer> livereload_;
   std::unique_ptr<HttpServer> http_;
};

struct Detached {
   bool child = false;
   int exit_status = 0;   // the parent's
   int ready_fd = -1;     // the child's: one byte, 0 once serving
};

// --detach: the server goes on in a child process of its own session; the parent waits
// until it runs (or fails) and reports as Jekyll does.
Detached detach() {
   Detached result;
   int ready[2];
   pid_t pid = ::pipe(ready) == 0 ? ::fork() : -1;
   if (pid < 0) {
      say("Error:", "could not detach the server");
      result.exit_status = 1;
      return result;
   }
   if (pid == 0) {
      ::close(ready[0]);
      ::setsid();
      result.child = true;
      result.ready_fd = ready[1];
      return result;
   }
   ::close(ready[1]);
   char status = 1;
   if (::read(ready[0], &status, 1) != 1) status = 1;
   ::close(ready[0]);
   if (status != 0) {
      ::waitpid(pid, nullptr, 0);
      result.exit_status = 1;
      return result;
   }
   std::string id = std::to_string(pid);
   say("Server detached with pid '" + id + "'.", "Run `kill -9 " + id + "' to stop the server.");
   return result;
}

}  // namespace

int run(const ServeOptions& given, const RebuildFn& rebuild) {
   // Jekyll's validate_options: LiveReload wins over --detach and implies watching.
   ServeOptions options = given;
   if (options.livereload) {
      if (options.detach) {
         say("Warning:", "--detach and --livereload are mutually exclusive. Choosing --livereload");
         options.detach = false;
      }
      options.watch = true;
   }
   int ready_fd = -1;
   if (options.detach) {
      Detached detached = detach();
      if (!detached.child) return detached.exit_status;
      ready_fd = detached.ready_fd;
   }

   // SIGINT and SIGTERM are taken by sigwait below, so every thread started from here on
   // must have them blocked.
   sigset_t stop_signals, previous;
   sigemptyset(&stop_signals);
   sigaddset(&stop_signals, SIGINT);
   sigaddset(&stop_signals, SIGTERM);
   pthread_sigmask(SIG_BLOCK, &stop_signals, &previous);

   Session session(options, rebuild);
   session.initial_build();
   bool running = session.start();
   if (ready_fd >= 0) {
      char status = running ? 0 : 1;
      [[maybe_unused]] ssize_t written = ::write(ready_fd, &status, 1);
      ::close(ready_fd);
   }
   if (running) {
      int signal = 0;
      sigwait(&stop_signals, &signal);
      session.stop();
   }
   pthread_sigmask(SIG_SETMASK, &previous, nullptr);
   return running ? 0 : 1;
}

}  // namespace jekyllpp::serve
