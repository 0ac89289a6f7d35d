#include "jekyllpp/engine/build_options.hpp"

#include <stdexcept>

namespace jekyllpp::engine {

namespace {

struct Flag {
   const char* short_name;  // "" when none
   const char* long_name;
   const char* key;          // config key
   bool takes_value;
   const char* help;
};

const Flag kFlags[] = {
   {"-s", "--source", "source", true, "Custom source directory"},
   {"-d", "--destination", "destination", true, "Custom destination directory"},
   {"", "--safe", "safe", false, "Safe mode (defaults to false)"},
   {"-p", "--plugins", "plugins_dir", true, "Plugins directory (defaults to ./_plugins)"},
   {"", "--layouts", "layouts_dir", true, "Layouts directory (defaults to ./_layouts)"},
   {"", "--theme-dir", "theme_dir", true, "Folder of the theme `theme:` names, in place of its gem (jekyllpp)"},
   {"", "--profile", "profile", false, "Generate a Liquid rendering profile"},
   {"", "--config", "config", true, "Custom configuration file"},
   {"", "--future", "future", false, "Publishes posts with a future date"},
   {"", "--limit_posts", "limit_posts", true, "Limits the number of posts to parse and publish"},
   {"-w", "--watch", "watch", false, "Watch for changes and rebuild"},
   {"-b", "--baseurl", "baseurl", true, "Serve the website from the given base URL"},
   {"", "--force_polling", "force_polling", false, "Force watch to use polling"},
   {"", "--lsi", "lsi", false, "Use LSI for improved related posts"},
   {"-D", "--drafts", "show_drafts", false, "Render posts in the _drafts folder"},
   {"", "--unpublished", "unpublished", false, "Render posts that were marked as unpublished"},
   {"", "--disable-disk-cache", "disable_disk_cache", false, "Disable caching to disk in non-safe mode"},
   {"-q", "--quiet", "quiet", false, "Silence output."},
   {"-V", "--verbose", "verbose", false, "Print verbose output."},
   {"-I", "--incremental", "incremental", false, "Enable incremental rebuild."},
   {"", "--strict_front_matter", "strict_front_matter", false, "Fail if errors are present in front matter"},
};

liquid::Value option_value(const Flag& flag, const std::string& text) {
   std::string key = flag.key;
   if (key == "config") {
      liquid::Array files;
      std::size_t start = 0;
      while (start <= text.size()) {
         std::size_t comma = text.find(',', start);
         files.emplace_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
         if (comma == std::string::npos) break;
         start = comma + 1;
      }
      return liquid::Value(std::move(files));
   }
   if (key == "limit_posts") {
      std::size_t used = 0;
      long long n = 0;
      try {
         n = std::stoll(text, &used);
      } catch (const std::exception&) {
         used = 0;
      }
      if (used != text.size()) throw std::invalid_argument("invalid argument: --limit_posts " + text);
      return liquid::Value(n);
   }
   return liquid::Value(text);
}

}  // namespace

bool parse_build_option(const std::vector< std::string >& args, std::size_t& i, BuildOptions& options) {
   const std::string& arg = args[i];
   if (arg == "-h" || arg == "--help") return options.help = true;
   if (arg == "-t" || arg == "--trace") return options.trace = true;
   if (arg == "--no-watch") {
      options.overrides.set("watch", false);
      return true;
   }
   for (const Flag& flag : kFlags) {
      std::string long_name = flag.long_name;
      bool matches_long = arg == long_name || (flag.takes_value && arg.rfind(long_name + "=", 0) == 0);
      bool matches_short = *flag.short_name && (arg == flag.short_name ||
                                                (flag.takes_value && arg.size() > 2 && arg.rfind(flag.short_name, 0) == 0));
      if (!matches_long && !matches_short) continue;
      if (!flag.takes_value) {
         options.overrides.set(flag.key, true);
      } else {
         std::string value;
         if (matches_long && arg.size() > long_name.size()) value = arg.substr(long_name.size() + 1);
         else if (matches_short && arg.size() > 2) value = arg.substr(2);
         else if (i + 1 < args.size()) value = args[++i];
         else throw std::invalid_argument("missing argument: " + arg);
         options.overrides.set(flag.key, option_value(flag, value));
      }
      if (std::string(flag.key) == "quiet") options.quiet = true;
      if (std::string(flag.key) == "verbose") options.verbose = true;
      return true;
   }
   return false;
}

std::string build_options_help() {
   std::string out;
   for (const Flag& flag : kFlags) {
      std::string names = *flag.short_name ? std::string(flag.short_name) + ", " : "    ";
      names += flag.long_name;
      if (flag.takes_value) names += " ARG";
      if (names.size() < 36) names.append(36 - names.size(), ' ');
      out += "        " + names + flag.help + "\n";
   }
   out += "        -t, --trace                         Show the full backtrace when an error occurs\n";
   out += "        -h, --help                          Show this message\n";
   return out;
}

}  // namespace jekyllpp::engine
