#pragma once
// `jekyllpp serve`'s own flags, parsed out of the command line the way Jekyll's serve command
// declares them (commands/serve.rb); everything else is left for the build's parser.
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace jekyllpp::serve {

struct ServeOptions {
   // Flags.
   std::string host = "127.0.0.1";
   unsigned short port = 4000;
   std::optional<std::string> baseurl;   // -b; when unset the caller passes the config's
   bool livereload = false;
   unsigned short livereload_port = 35729;
   std::vector<std::string> livereload_ignore;   // fnmatch globs over written paths
   std::optional<std::string> livereload_min_delay;  // seconds, passed to the client as given
   std::optional<std::string> livereload_max_delay;
   bool open_url = false;
   bool detach = false;
   bool skip_initial_build = false;
   bool watch = true;
   bool incremental = false;
   bool force_polling = false;
   bool show_dir_listing = false;
   // --ssl-cert/--ssl-key: PEM files, relative to the source (Jekyll reads them from there).
   std::optional<std::string> ssl_cert, ssl_key;

   // Filled in by the caller from the loaded configuration.
   std::string source;        // absolute
   std::string destination;   // absolute
   std::vector<std::string> exclude;        // the config's `exclude`, source-relative
   std::vector<std::string> config_files;   // absolute; changes to them set config_changed
   std::string encoding = "utf-8";          // the config's `encoding`
   // The config's webrick.headers; Jekyll's Cache-Control is added unless named here.
   std::vector<std::pair<std::string, std::string>> headers;
};

// A flag error in OptionParser's wording ("missing argument: --port").
class OptionError : public std::runtime_error {
public:
   using std::runtime_error::runtime_error;
};

struct ParsedFlags {
   ServeOptions options;
   // The configuration keys these flags set ("host", "port", "baseurl", "livereload",
   // "livereload_port", "livereload_ignore", "livereload_min_delay", "livereload_max_delay",
   // "open_url", "detach", "skip_initial_build", "watch", "incremental", "force_polling",
   // "show_dir_listing", "ssl_cert", "ssl_key"): Jekyll reads the same keys from _config.yml, the flags winning.
   std::vector<std::string> given;
   std::vector<std::string> rest;       // arguments that are not serve's, in order
   std::vector<std::string> warnings;   // messages for Jekyll's "Warning:" topic
};

// Takes serve's flags (-H -P -b -l --livereload-port --livereload-ignore
// --livereload-min-delay --livereload-max-delay -o -B --skip-initial-build -w/--[no-]watch
// -I/--incremental --force_polling --show-dir-listing --ssl-cert --ssl-key) out of `args`.
// --detach yields to --livereload with Jekyll's warning (serve::run checks again once the
// configuration is merged); --livereload with --ssl-cert or --ssl-key throws OptionError.
ParsedFlags parse_flags(const std::vector<std::string>& args);

}  // namespace jekyllpp::serve
