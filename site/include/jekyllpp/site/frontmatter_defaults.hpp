#pragma once
// Jekyll's FrontmatterDefaults: the `defaults:` sets of the config that apply to a path and a
// type (pages, posts, drafts, a collection label), merged by scope precedence.
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {

class Logger;

class FrontmatterDefaults {
public:
   FrontmatterDefaults(const liquid::Value& config, std::string source, Logger& logger);

   // All default values for a file (FrontmatterDefaults#all), a hash.
   liquid::Value all(const std::string& relative_path, const std::string& type) const;

private:
   struct Set {
      bool has_scope = false;
      std::string path;       // scope path as written
      bool has_type = false;
      std::string type;
      liquid::Value values;
   };
   bool applies(const Set& set, const std::string& path, const std::string& type) const;
   bool applies_path(const Set& set, const std::string& path) const;
   std::string strip_collections_dir(const std::string& path) const;
   static bool has_precedence(const Set* old_scope, const Set& new_scope);

   std::vector< Set > sets_;
   std::string source_;
   std::string collections_dir_;
   mutable std::mutex glob_mutex_;
   mutable std::map< std::string, std::vector< std::string > > glob_cache_;
};

}  // namespace jekyllpp::site
