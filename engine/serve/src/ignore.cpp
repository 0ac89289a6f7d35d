// What jekyll-watch keeps from Listen: Listen's silencer (VCS and bundler folders, editor
// temp files) plus Jekyll's own list (the destination, `exclude`, .jekyll-metadata).
#include <fnmatch.h>
#include <sys/stat.h>

#include <cctype>

#include "jekyllpp/serve/watcher.hpp"

namespace jekyllpp::serve {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
   return s.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view s, std::string_view suffix) {
   return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Listen's DEFAULT_IGNORED_DIRECTORIES.
bool in_ignored_directory(std::string_view path) {
   for (std::string_view dir : {".git", ".svn", ".hg", ".rbx", ".bundle", "bundle",
                                "vendor/bundle", "log", "tmp", "vendor/ruby"}) {
      if (starts_with(path, dir) && (path.size() == dir.size() || path[dir.size()] == '/')) {
         return true;
      }
   }
   return false;
}

// "sed" and six letters or digits, one of them upper case: GNU sed -i's temp file.
bool is_sed_temp(std::string_view name) {
   if (name.size() != 9 || !starts_with(name, "sed")) return false;
   bool upper = false;
   for (char c : name.substr(3)) {
      if (!std::isalnum(static_cast<unsigned char>(c))) return false;
      upper = upper || std::isupper(static_cast<unsigned char>(c));
   }
   return upper;
}

// Kate's ".name.1234.new".
bool is_kate_temp(std::string_view name) {
   if (!ends_with(name, ".new")) return false;
   std::string_view stem = name.substr(0, name.size() - 4);
   std::size_t digits = stem.size();
   while (digits > 0 && std::isdigit(static_cast<unsigned char>(stem[digits - 1]))) --digits;
   return digits < stem.size() && stem.substr(0, digits).find('.') != std::string_view::npos;
}

// Listen's DEFAULT_IGNORED_EXTENSIONS.
bool is_editor_temp(std::string_view name) {
   for (std::string_view suffix : {".swp", ".swx", ".swpx", "~", ".kate-swp", ".DS_Store",
                                   ".tmp", "___jb_bak___", "___jb_old___"}) {
      if (ends_with(name, suffix)) return true;
   }
   if (starts_with(name, ".goutputstream-") || starts_with(name, "4913")) return true;
   if (name.find(".mutagen-temporary") != std::string_view::npos) return true;
   return is_sed_temp(name) || is_kate_temp(name);
}

std::string relative_to(const std::string& base, const std::string& path) {
   if (path.size() > base.size() && path.compare(0, base.size(), base) == 0 &&
       path[base.size()] == '/') {
      return path.substr(base.size() + 1);
   }
   return {};
}

bool is_directory(const std::string& path) {
   struct stat st;
   return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// jekyll-watch ignores %r!^#{relative}! (a directory's with its slash): a plain prefix.
bool under(std::string_view path, std::string_view prefix, bool directory) {
   if (prefix.empty()) return false;
   if (!directory) return starts_with(path, prefix);
   return starts_with(path, prefix) &&
          (path.size() == prefix.size() || path[prefix.size()] == '/');
}

}  // namespace

bool is_ignored(const WatchOptions& options, const std::string& relative_path) {
   std::string_view path = relative_path;
   std::size_t slash = path.rfind('/');
   std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
   if (in_ignored_directory(path) || is_editor_temp(name)) return true;
   if (starts_with(path, ".jekyll-metadata") || under(path, ".jekyll-cache", true)) return true;

   std::string destination = relative_to(options.source, options.destination);
   if (under(path, destination, true)) return true;
   for (const std::string& entry : options.exclude) {
      std::string_view excluded = entry;
      while (!excluded.empty() && excluded.front() == '/') excluded.remove_prefix(1);
      while (!excluded.empty() && excluded.back() == '/') excluded.remove_suffix(1);
      if (excluded.empty()) continue;
      std::string pattern(excluded);
      if (pattern.find_first_of("*?[") != std::string::npos) {
         if (::fnmatch(pattern.c_str(), relative_path.c_str(), 0) == 0) return true;
         continue;
      }
      if (under(path, excluded, is_directory(options.source + "/" + pattern))) return true;
   }
   return false;
}

}  // namespace jekyllpp::serve
