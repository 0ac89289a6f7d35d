#include "jekyllpp/site/entry_filter.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <string_view>

namespace jekyllpp::site {

namespace fs = boost::filesystem;

namespace {

std::string basename_of(const std::string& entry) {
   std::size_t slash = entry.find_last_of('/');
   return slash == std::string::npos ? entry : entry.substr(slash + 1);
}

// PathManager.join: joins with "/", dropping an empty side (built in one string: this runs
// three times for every entry of every folder read).
std::string join(std::string_view base, std::string_view item) {
   if (base.empty()) return std::string(item);
   if (item.empty()) return std::string(base);
   while (!base.empty() && base.back() == '/') base.remove_suffix(1);
   while (!item.empty() && item.front() == '/') item.remove_prefix(1);
   std::string joined;
   joined.reserve(base.size() + 1 + item.size());
   joined.append(base).append(1, '/').append(item);
   return joined;
}

// Whether fnmatch reads anything in `pattern` other than itself: `* ? [` or a `\` escape.
bool has_wildcard(const std::string& pattern) {
   return std::any_of(pattern.begin(), pattern.end(),
                      [](char c) { return c == '*' || c == '?' || c == '[' || c == '\\'; });
}

}  // namespace

EntryFilter::EntryFilter(std::string source, std::vector< std::string > include, std::vector< std::string > exclude,
                         bool safe)
    : source_(std::move(source)), include_(std::move(include)), safe_(safe) {
   for (auto& pattern : exclude)
      if (std::find(include_.begin(), include_.end(), pattern) == include_.end()) exclude_.push_back(pattern);
   include_with_source_ = join_to_source(include_);
   exclude_with_source_ = join_to_source(exclude_);
}

std::vector< EntryFilter::Pattern > EntryFilter::join_to_source(const std::vector< std::string >& patterns) const {
   std::vector< Pattern > joined;
   for (const std::string& pattern : patterns) {
      std::string with_source = join(source_, pattern);
      const bool wildcard = has_wildcard(with_source);
      joined.push_back({std::move(with_source), wildcard});
   }
   return joined;
}

bool EntryFilter::special(const std::string& entry) {
   auto leading = [](const std::string& s) {
      return !s.empty() && (s[0] == '.' || s[0] == '_' || s[0] == '#' || s[0] == '~');
   };
   return leading(entry) || leading(basename_of(entry));
}

bool EntryFilter::glob_include(const std::vector< Pattern >& patterns, const std::string& entry) const {
   if (patterns.empty()) return false;
   std::string entry_with_source = join(source_, entry);
   for (const auto& [pattern_with_source, wildcard] : patterns) {
      if (entry_with_source.compare(0, pattern_with_source.size(), pattern_with_source) == 0) return true;
      // A pattern without wildcards matches only itself, which the prefix test took (most
      // patterns: Jekyll's default excludes are plain names).
      if (wildcard && fnmatch(pattern_with_source.c_str(), entry_with_source.c_str(), 0) == 0) return true;
      // Only a pattern naming the entry with a trailing slash needs to know it is a directory.
      if (pattern_with_source.size() == entry_with_source.size() + 1 && pattern_with_source.back() == '/' &&
          pattern_with_source.compare(0, entry_with_source.size(), entry_with_source) == 0 &&
          fs::is_directory(entry_with_source))
         return true;
   }
   return false;
}

bool EntryFilter::included(const std::string& entry) const {
   return glob_include(include_with_source_, entry) || glob_include(include_with_source_, basename_of(entry));
}

bool EntryFilter::excluded(const std::string& base_directory, const std::string& entry) const {
   std::string_view base = base_directory;
   if (base.compare(0, source_.size(), source_) == 0) base.remove_prefix(source_.size());
   if (base.empty()) return glob_include(exclude_with_source_, entry);
   // Pathname#join (an entry is a relative name): one "/" between them.
   std::string relative(base);
   if (relative.back() != '/') relative += '/';
   relative += entry;
   return glob_include(exclude_with_source_, relative);
}

std::vector< std::string > EntryFilter::filter(const std::string& base_directory, const std::vector< std::string >& entries,
                                                const std::string& exclusion_base) const {
   std::vector< std::string > kept;
   for (const std::string& entry : entries) {
      if (!entry.empty() && entry.back() == '.') continue;
      bool is_included = included(entry);
      if (!is_included && excluded(exclusion_base, entry)) continue;
      if (safe_) {
         fs::path full = fs::path(base_directory) / entry;
         boost::system::error_code ec;
         if (fs::is_symlink(full, ec)) {
            fs::path real = fs::canonical(full, ec);
            if (ec || real.string().compare(0, source_.size(), source_) != 0) continue;
         }
      }
      if (is_included) {
         kept.push_back(entry);
         continue;
      }
      if (special(entry) || entry.back() == '~') continue;
      kept.push_back(entry);
   }
   return kept;
}

}  // namespace jekyllpp::site
