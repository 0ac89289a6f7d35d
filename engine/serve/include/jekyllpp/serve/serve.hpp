#pragma once
// `jekyllpp serve`: builds, serves the destination, watches the source and rebuilds, and
// tells browsers to reload. The build itself is the caller's.
#include <functional>
#include <string>
#include <vector>

#include "jekyllpp/serve/options.hpp"
#include "jekyllpp/serve/watcher.hpp"

namespace jekyllpp::serve {

struct BuildRequest {
   bool initial = false;   // the build before serving starts (changes is empty)
   ChangeSet changes;      // what changed since the last build, for incremental builds
};

struct BuildResult {
   bool ok = true;
   std::string error;                 // shown in the terminal and in the browser when !ok
   std::vector<std::string> written;  // destination-relative paths ("about/index.html")
};

// Builds the site; it may be called on another thread than run()'s, never concurrently.
using RebuildFn = std::function<BuildResult(const BuildRequest&)>;

// Runs until SIGINT/SIGTERM (or, with --detach, returns once the server runs in a child
// process). Returns the exit status; a server that cannot bind prints Jekyll's error and
// returns 1. Logs Jekyll's lines ("Server address:", "Regenerating:", ...) to stdout.
int run(const ServeOptions& options, const RebuildFn& rebuild);

}  // namespace jekyllpp::serve
