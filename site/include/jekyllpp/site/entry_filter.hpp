#pragma once
// Jekyll's EntryFilter: which directory entries the reader skips (dot/underscore/#/~ files,
// backups, `exclude:` globs) and which it keeps anyway (`include:`).
#include <string>
#include <vector>

namespace jekyllpp::site {

class EntryFilter {
public:
   EntryFilter(std::string source, std::vector< std::string > include, std::vector< std::string > exclude,
               bool safe);

   // Keeps the entries of `base_directory` (absolute) that Jekyll reads. Entries may be
   // relative paths ("a/b.md") under that directory.
   std::vector< std::string > filter(const std::string& base_directory, const std::vector< std::string >& entries) const {
      return filter(base_directory, entries, base_directory);
   }
   // The same with `exclude:` matched against the entry joined to `exclusion_base` (LayoutReader's
   // EntryFilter has no base directory: a layout "vendor/x.html" is excluded by `exclude: [vendor]`).
   std::vector< std::string > filter(const std::string& base_directory, const std::vector< std::string >& entries,
                                     const std::string& exclusion_base) const;

   bool included(const std::string& entry) const;
   bool excluded(const std::string& base_directory, const std::string& entry) const;
   static bool special(const std::string& entry);

private:
   // A pattern joined to the source, and whether fnmatch reads anything in it other than itself.
   struct Pattern {
      std::string with_source;
      bool wildcard = false;
   };
   // patterns: joined to the source already (join_to_source), once per filter.
   bool glob_include(const std::vector< Pattern >& patterns, const std::string& entry) const;
   std::vector< Pattern > join_to_source(const std::vector< std::string >& patterns) const;
   std::string source_;
   std::vector< std::string > include_;
   std::vector< std::string > exclude_;  // exclude minus include
   std::vector< Pattern > include_with_source_, exclude_with_source_;
   bool safe_;
};

}  // namespace jekyllpp::site
