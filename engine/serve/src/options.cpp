#include "jekyllpp/serve/options.hpp"

#include <cstdlib>


namespace jekyllpp::serve {
namespace {

struct Cursor {
   const std::vector<std::string>& args;
   std::size_t index = 0;
};

// Splits "--name=value" and "-Xvalue"; `value` is set when the argument carried one.
bool matches(const std::string& arg, const char* short_name, const char* long_name,
             std::optional<std::string>& value) {
   value.reset();
   std::string_view a = arg;
   if (long_name) {
      std::string_view l = long_name;
      if (a == l) return true;
      if (a.size() > l.size() && a.compare(0, l.size(), l) == 0 && a[l.size()] == '=') {
         value = std::string(a.substr(l.size() + 1));
         return true;
      }
   }
   if (short_name) {
      std::string_view s = short_name;
      if (a == s) return true;
      if (a.size() > s.size() && a.compare(0, s.size(), s) == 0) {
         value = std::string(a.substr(s.size()));
         return true;
      }
   }
   return false;
}

std::string take_value(Cursor& cursor, std::optional<std::string>& value, const std::string& flag) {
   if (value) return *value;
   if (cursor.index + 1 < cursor.args.size() && !cursor.args[cursor.index + 1].empty() &&
       cursor.args[cursor.index + 1][0] != '-') {
      return cursor.args[++cursor.index];
   }
   throw OptionError("missing argument: " + flag);
}

unsigned short port_number(const std::string& text, const std::string& flag) {
   char* end = nullptr;
   long value = std::strtol(text.c_str(), &end, 10);
   if (text.empty() || *end != '\0' || value < 0 || value > 65535) {
      throw OptionError("invalid argument: " + flag + " " + text);
   }
   return static_cast<unsigned short>(value);
}

}  // namespace

ParsedFlags parse_flags(const std::vector<std::string>& args) {
   ParsedFlags parsed;
   ServeOptions& o = parsed.options;
   Cursor cursor{args};
   for (; cursor.index < args.size(); ++cursor.index) {
      const std::string& arg = args[cursor.index];
      std::optional<std::string> value;
      if (matches(arg, "-H", "--host", value)) {
         o.host = take_value(cursor, value, "--host");
         parsed.given.push_back("host");
      } else if (matches(arg, "-P", "--port", value)) {
         o.port = port_number(take_value(cursor, value, "--port"), "--port");
         parsed.given.push_back("port");
      } else if (matches(arg, "-b", "--baseurl", value)) {
         o.baseurl = take_value(cursor, value, "--baseurl");
         parsed.given.push_back("baseurl");
      } else if (arg == "-l" || arg == "--livereload") {
         o.livereload = true;
         parsed.given.push_back("livereload");
      } else if (matches(arg, nullptr, "--livereload-port", value)) {
         o.livereload_port = port_number(take_value(cursor, value, "--livereload-port"),
                                         "--livereload-port");
         parsed.given.push_back("livereload_port");
      } else if (matches(arg, nullptr, "--livereload-ignore", value)) {
         std::string globs = take_value(cursor, value, "--livereload-ignore");
         for (std::size_t start = 0; start <= globs.size();) {
            std::size_t comma = globs.find(',', start);
            if (comma == std::string::npos) comma = globs.size();
            if (comma > start) o.livereload_ignore.push_back(globs.substr(start, comma - start));
            start = comma + 1;
         }
         parsed.given.push_back("livereload_ignore");
      } else if (matches(arg, nullptr, "--livereload-min-delay", value)) {
         o.livereload_min_delay = take_value(cursor, value, "--livereload-min-delay");
         parsed.given.push_back("livereload_min_delay");
      } else if (matches(arg, nullptr, "--livereload-max-delay", value)) {
         o.livereload_max_delay = take_value(cursor, value, "--livereload-max-delay");
         parsed.given.push_back("livereload_max_delay");
      } else if (arg == "-o" || arg == "--open-url") {
         o.open_url = true;
         parsed.given.push_back("open_url");
      } else if (arg == "-B" || arg == "--detach") {
         o.detach = true;
         parsed.given.push_back("detach");
      } else if (arg == "--skip-initial-build") {
         o.skip_initial_build = true;
         parsed.given.push_back("skip_initial_build");
      } else if (arg == "-w" || arg == "--watch") {
         o.watch = true;
         parsed.given.push_back("watch");
      } else if (arg == "--no-watch") {
         o.watch = false;
         parsed.given.push_back("watch");
      } else if (arg == "-I" || arg == "--incremental") {
         o.incremental = true;
         parsed.given.push_back("incremental");
      } else if (arg == "--force_polling") {
         o.force_polling = true;
         parsed.given.push_back("force_polling");
      } else if (arg == "--show-dir-listing") {
         o.show_dir_listing = true;
         parsed.given.push_back("show_dir_listing");
      } else if (matches(arg, nullptr, "--ssl-cert", value)) {
         o.ssl_cert = take_value(cursor, value, "--ssl-cert");
         parsed.given.push_back("ssl_cert");
      } else if (matches(arg, nullptr, "--ssl-key", value)) {
         o.ssl_key = take_value(cursor, value, "--ssl-key");
         parsed.given.push_back("ssl_key");
      } else {
         parsed.rest.push_back(arg);
      }
   }

   if (o.livereload && o.detach) {
      parsed.warnings.push_back(
         "--detach and --livereload are mutually exclusive. Choosing --livereload");
      o.detach = false;
   }
   if (o.livereload && (o.ssl_cert || o.ssl_key)) throw OptionError("LiveReload does not support SSL");
   return parsed;
}

}  // namespace jekyllpp::serve
