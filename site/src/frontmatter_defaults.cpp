#include "jekyllpp/site/frontmatter_defaults.hpp"

#include <glob.h>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/logger.hpp"
#include "jekyllpp/site/time_util.hpp"
#include "filters/ruby_ops.hpp"

namespace jekyllpp::site {

using liquid::Value;

namespace {

std::string sanitize_path(const std::string& path) {
   if (path.empty()) return "";
   if (path[0] == '/') return path.substr(1);
   return path;
}

std::string deprecated_type(const std::string& type, Logger& logger) {
   std::string current = type == "page" ? "pages" : type == "post" ? "posts" : type == "draft" ? "drafts" : type;
   if (current != type) {
      logger.warn("Defaults:", "The '" + type + "' type has become '" + current + "'.");
      logger.warn("Defaults:", "Please update your front-matter defaults to use 'type: " + current + "'.");
   }
   return current;
}

}  // namespace

FrontmatterDefaults::FrontmatterDefaults(const Value& config, std::string source, Logger& logger)
    : source_(std::move(source)), collections_dir_(liquid::to_output(lookup(config, "collections_dir"))) {
   const Value& sets = lookup(config, "defaults");
   if (!sets.is_array()) return;
   for (const Value& raw : sets.as_array()) {
      const Value& values = lookup(raw, "values");
      if (!raw.is_hash() || !values.is_hash()) {
         logger.warn("Defaults:", "An invalid front-matter default set was found:");
         logger.warn(liquid::inspect(raw));
         continue;
      }
      // update_deprecated_types (before ensure_time!) asks the scope `key?("type")`, which only a
      // hash answers.
      const Value* scope = raw.as_hash().find("scope");
      if (scope && !scope->is_hash())
         throw Error(Error::Kind::Other,
                     filters::undefined_method("key?", *scope) +
                        "\n\n      return set unless set.key?(\"scope\") && set[\"scope\"].key?(\"type\")\n"
                        "                                                         ^^^^^",
                     "NoMethodError");
      Set set;
      set.values = values;
      const Value* date = values.as_hash().find("date");
      if (date) {
         // ensure_time!: a Time stays, anything else goes to Utils.parse_date, whose Time.parse
         // takes strings only (a YAML date, nil, a number: TypeError) and raises for a date it
         // cannot read.
         const bool time = date->is_time() && !date->as_time().is_date;
         if (!time && !date->is_string())
            throw Error(Error::Kind::Other, filters::no_implicit_conversion(*date, "String"), "TypeError");
         const std::string text = time ? time_to_s(date->as_time()) : date->as_string();
         auto parsed = parse_time(text);
         if (!parsed)
            throw Error(Error::Kind::InvalidDate,
                        "Invalid date '" + text +
                           "': An invalid date format was found in a front-matter default set: " +
                           liquid::inspect(raw));
         liquid::Hash copy = values.as_hash();
         copy.set("date", Value(*parsed));
         set.values = Value(std::move(copy));
      }
      if (scope) {
         set.has_scope = true;
         const Value& path = lookup(*scope, "path");
         if (path.is_string()) set.path = path.as_string();
         const Value* type = scope->as_hash().find("type");
         if (type) {
            set.has_type = true;
            set.type = deprecated_type(liquid::to_output(*type), logger);
         }
      }
      sets_.push_back(std::move(set));
   }
}

std::string FrontmatterDefaults::strip_collections_dir(const std::string& path) const {
   if (collections_dir_.empty()) return path;
   std::string slashed = collections_dir_.back() == '/' ? collections_dir_ : collections_dir_ + "/";
   if (path.compare(0, slashed.size(), slashed) != 0) return path;
   return path.substr(slashed.size());
}

bool FrontmatterDefaults::applies_path(const Set& set, const std::string& path) const {
   if (set.path.empty()) return true;
   std::string sanitized = sanitize_path(path);
   if (set.path.find('*') == std::string::npos)
      return sanitized.compare(0, strip_collections_dir(set.path).size(), strip_collections_dir(set.path)) == 0;
   std::string absolute = source_ + "/" + set.path;
   std::vector< std::string > matches;
   {
      std::lock_guard< std::mutex > lock(glob_mutex_);
      auto found = glob_cache_.find(absolute);
      if (found == glob_cache_.end()) {
         glob_t result{};
         if (glob(absolute.c_str(), 0, nullptr, &result) == 0)
            for (std::size_t i = 0; i < result.gl_pathc; ++i) matches.emplace_back(result.gl_pathv[i]);
         globfree(&result);
         found = glob_cache_.emplace(absolute, matches).first;
      }
      matches = found->second;
   }
   for (const std::string& match : matches) {
      std::string relative = match.compare(0, source_.size() + 1, source_ + "/") == 0 ? match.substr(source_.size() + 1) : match;
      // Ruby's Pathname#relative_path_from gives a glob's folder match ("dir/" for a pattern
      // ending in "/") without its slash, so the prefix test also takes "dir.md" beside it
      while (relative.size() > 1 && relative.back() == '/') relative.pop_back();
      relative = strip_collections_dir(relative);
      if (sanitized.compare(0, relative.size(), relative) == 0) return true;
   }
   return false;
}

bool FrontmatterDefaults::applies(const Set& set, const std::string& path, const std::string& type) const {
   if (!set.has_scope) return true;
   if (set.has_type && set.type != type) return false;
   return applies_path(set, path);
}

bool FrontmatterDefaults::has_precedence(const Set* old_scope, const Set& new_scope) {
   if (!old_scope) return true;
   std::string new_path = sanitize_path(new_scope.path), old_path = sanitize_path(old_scope->path);
   if (new_path.size() != old_path.size()) return new_path.size() >= old_path.size();
   if (new_scope.has_type) return true;
   return !old_scope->has_type;
}

Value FrontmatterDefaults::all(const std::string& relative_path, const std::string& type) const {
   Value defaults{liquid::Hash()};
   const Set* old_scope = nullptr;
   for (const Set& set : sets_) {
      if (!applies(set, relative_path, type)) continue;
      if (has_precedence(old_scope, set)) {
         defaults = deep_merge(defaults, set.values);
         old_scope = set.has_scope ? &set : nullptr;
      } else {
         defaults = deep_merge(set.values, defaults);
      }
   }
   return defaults;
}

}  // namespace jekyllpp::site
