#include "jekyllpp/engine/build_options.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <optional>
#include <regex>
#include <string_view>
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

// OptionParser's Integer acceptor: signed decimal, 0b binary, 0x hex or 0-led octal digits with
// single underscores between them (its pattern), read by Kernel#Integer, where a 0-led number
// is octal ("08" is no number). Nullopt for what OptionParser calls an invalid argument (and a
// number beyond 64 bits).
std::optional< long long > option_integer(const std::string& text) {
   static const std::regex pattern(
      R"(^[-+]?(?:0(?:[0-7]+(?:_[0-7]+)*|b[01]+(?:_[01]+)*|x[0-9a-f]+(?:_[0-9a-f]+)*)?|[0-9]+(?:_[0-9]+)*)$)",
      std::regex::icase);
   if (!std::regex_match(text, pattern)) return std::nullopt;
   std::string digits;
   for (const char c : text)
      if (c != '_') digits += c;
   const bool negative = digits[0] == '-';
   if (digits[0] == '-' || digits[0] == '+') digits.erase(0, 1);
   int base = 10;
   if (digits.size() > 1 && digits[0] == '0') {
      const char kind = char(std::tolower(static_cast< unsigned char >(digits[1])));
      base = kind == 'x' ? 16 : kind == 'b' ? 2 : 8;
      digits.erase(0, kind == 'x' || kind == 'b' ? 2 : 1);
   }
   errno = 0;
   char* end = nullptr;
   const long long n = std::strtoll(digits.c_str(), &end, base);
   if (errno == ERANGE || *end != '\0') return std::nullopt;
   return negative ? -n : n;
}

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
      std::optional< long long > n = option_integer(text);
      if (!n) throw std::invalid_argument("invalid argument: --limit_posts " + text);
      return liquid::Value(*n);
   }
   return liquid::Value(text);
}

// Applies the flag at args[i] (its value from `attached`, "--name=VALUE" or "-dVALUE", or the
// next argument).
void apply_flag(const Flag& flag, const std::vector< std::string >& args, std::size_t& i,
                std::optional< std::string > attached, BuildOptions& options) {
   if (!flag.takes_value) {
      options.overrides.set(flag.key, true);
   } else {
      if (!attached) {
         if (i + 1 >= args.size()) throw std::invalid_argument("missing argument: " + args[i]);
         attached = args[++i];
      }
      options.overrides.set(flag.key, option_value(flag, *attached));
   }
   if (std::string(flag.key) == "quiet") options.quiet = true;
   if (std::string(flag.key) == "verbose") options.verbose = true;
}

// A bundle of short switches, OptionParser's "-qV": each letter a switch, until one that takes
// a value, which takes the rest (or the next argument). False when a letter is no switch.
bool apply_short_bundle(const std::vector< std::string >& args, std::size_t& i, BuildOptions& options) {
   const std::string& arg = args[i];
   std::vector< std::pair< const Flag*, std::optional< std::string > > > found;
   for (std::size_t at = 1; at < arg.size(); ++at) {
      const Flag* flag = nullptr;
      for (const Flag& candidate : kFlags)
         if (candidate.short_name[0] && candidate.short_name[1] == arg[at]) flag = &candidate;
      if (!flag) return false;
      std::optional< std::string > rest;
      if (flag->takes_value && at + 1 < arg.size()) rest = arg.substr(at + 1);
      found.emplace_back(flag, rest);
      if (flag->takes_value) break;
   }
   for (auto& [flag, rest] : found) apply_flag(*flag, args, i, rest, options);
   return true;
}

// OptionParser's name of a long switch: without its dashes, `_` read as `-`.
std::string switch_name(std::string_view long_name) {
   std::string name(long_name.substr(2));
   std::replace(name.begin(), name.end(), '_', '-');
   return name;
}

// OptionParser's completion of a long switch name (case-insensitive): each run of word
// characters in `key` may be the start of one in the name ("dest", "no-w", "strict"); several
// names are ambiguous unless the shortest begins them all. Empty when no name fits.
std::string complete_switch(const std::string& key, const std::vector< std::string >& names, const std::string& arg) {
   for (const std::string& name : names)
      if (name == key) return name;
   std::string pattern = "^";
   for (std::size_t at = 0; at < key.size();) {
      const bool word = std::isalnum(static_cast< unsigned char >(key[at])) || key[at] == '_';
      std::size_t end = at;
      while (end < key.size() && (std::isalnum(static_cast< unsigned char >(key[end])) || key[end] == '_') == word) ++end;
      for (std::size_t k = at; k < end; ++k) {
         if (!word) pattern += '\\';
         pattern += key[k];
      }
      if (word) pattern += "\\w*";
      at = end;
   }
   const std::regex fits(pattern, std::regex::icase);
   std::vector< std::string > found;
   for (const std::string& name : names)
      if (std::regex_search(name, fits)) found.push_back(name);
   std::stable_sort(found.begin(), found.end(), [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
   for (const std::string& other : found)
      if (other.rfind(found.front(), 0) != 0) throw std::invalid_argument("ambiguous option: " + arg);
   return found.empty() ? std::string() : found.front();
}

}  // namespace

bool parse_build_option(const std::vector< std::string >& args, std::size_t& i, BuildOptions& options) {
   const std::string& arg = args[i];
   if (arg == "-h") return options.help = true;
   if (arg == "-t") return options.trace = true;
   if (arg == "-v") return options.version = true;
   if (arg.rfind("--", 0) != 0 || arg.size() == 2)
      return arg.size() >= 2 && arg[0] == '-' && arg[1] != '-' && apply_short_bundle(args, i, options);
   // Build's switches, the program's (help, version, trace) and watch's negation.
   static const std::vector< std::string > names = [] {
      std::vector< std::string > all = {"help", "version", "trace", "no-watch"};
      for (const Flag& flag : kFlags) all.push_back(switch_name(flag.long_name));
      return all;
   }();
   const std::size_t equals = arg.find('=');
   const std::string name = complete_switch(switch_name(arg.substr(0, equals)), names, arg);
   std::optional< std::string > attached;
   if (equals != std::string::npos) attached = arg.substr(equals + 1);
   const Flag* flag = nullptr;
   for (const Flag& candidate : kFlags)
      if (switch_name(candidate.long_name) == name) flag = &candidate;
   if (name.empty()) return false;
   if (attached && !(flag && flag->takes_value)) throw std::invalid_argument("needless argument: " + arg);
   if (name == "version") return options.version = true;
   if (name == "help") return options.help = true;
   if (name == "trace") return options.trace = true;
   if (name == "no-watch") {
      options.overrides.set("watch", false);
      return true;
   }
   apply_flag(*flag, args, i, attached, options);
   return true;
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
