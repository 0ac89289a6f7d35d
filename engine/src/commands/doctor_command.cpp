#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

#include <boost/filesystem.hpp>

#include "jekyllpp/engine/build_options.hpp"
#include "jekyllpp/engine/commands.hpp"
#include "jekyllpp/engine/site_builder.hpp"
#include "jekyllpp/liquid/ruby/case.hpp"
#include "jekyllpp/site/writer.hpp"

namespace jekyllpp::engine {

namespace {

bool proper_site_url(const site::Config& config, site::Logger& logger) {
   const liquid::Value& url = config.get("url");
   bool healthy = true;
   if (!url.is_string() || url.as_string().empty()) {
      logger.warn("Warning:", "You didn't set an URL in the config file, you may encounter problems with some plugins.");
      healthy = false;
   }
   // Addressable::URI#absolute?: a scheme, the text before a `:` that no `/`, `?` or `#` precedes
   // ("mailto:x" and "localhost:4000" have one).
   const std::string text = url.is_string() ? url.as_string() : std::string();
   const std::size_t colon = text.find(':');
   bool absolute = colon != std::string::npos && colon > 0 && text.find_first_of("/?#") > colon;
   if (!absolute) {
      logger.warn("Warning:", "Your site URL does not seem to be absolute, check the value of `url` in your config file.");
      healthy = false;
   }
   return healthy;
}

// A _posts folder at the root of a site with a collections_dir (where the posts are not read).
bool properly_gathered_posts(const site::Site& site) {
   const std::string collections_dir = site.config.string("collections_dir");
   if (collections_dir.empty()) return true;
   const std::string posts_at_root = site.in_source_dir("_posts");
   if (!boost::filesystem::is_directory(posts_at_root)) return true;
   site.logger.warn("Warning:", "Detected '_posts' directory outside custom `collections_dir`!");
   site.logger.warn("", "Please move '" + posts_at_root + "' into the custom directory at '" +
                           site.in_source_dir(collections_dir) + "'");
   return false;
}

// Pages and the documents that are written, grouped by their destination's downcase in order of
// appearance: a group holding two different paths is warned of with all it holds, repeats too.
bool urls_only_differ_by_case(site::Site& site) {
   std::vector< std::pair< std::string, std::vector< std::string > > > groups;
   std::map< std::string, std::size_t > group_of;
   auto add = [&](const std::string& destination) {
      auto [found, added] = group_of.emplace(liquid::ruby::downcase(destination), groups.size());
      if (added) groups.emplace_back(found->first, std::vector< std::string >{});
      groups[found->second].second.push_back(destination);
   };
   for (const auto& page : site.pages) add(page->destination);
   for (const auto& collection : site.collections)  // Site#docs_to_write
      if (collection->write())
         for (const auto& doc : collection->docs)
            if (site.publish(*doc)) add(doc->destination);
   bool found = false;
   for (const auto& [lower, paths] : groups) {
      if (std::all_of(paths.begin(), paths.end(), [&](const std::string& path) { return path == paths.front(); }))
         continue;
      found = true;
      std::string listed;
      for (const std::string& path : paths) listed += (listed.empty() ? "" : ", ") + path;
      site.logger.warn("Warning:", "The following URLs only differ by case. On a case-insensitive file system one of "
                                   "the URLs will be overwritten by the other: " + listed);
   }
   return found;
}

}  // namespace

// Jekyll's doctor: reads the site and reports conflicts, case-only URL differences and a
// missing or relative site URL.
int doctor_command(const std::vector< std::string >& args) {
   BuildOptions options;
   site::Logger logger;
   if (const std::optional< int > status = read_build_options("doctor", args, options)) return *status;
   try {
      if (options.help) {
         std::printf("jekyllpp doctor -- Search site and print specific deprecation warnings\n");
         return 0;
      }
      site::Config config = load_configuration(options, logger);
      auto site = make_site(config, logger);
      site->reset();
      site->read();
      bool healthy = true;
      if (config.flag("relative_permalinks")) {
         logger.warn("Deprecation:", "Your site still uses relative permalinks, which was removed in Jekyll v3.0.0.");
         healthy = false;
      }
      healthy = !site::warn_conflicts(*site) && healthy;
      healthy = !urls_only_differ_by_case(*site) && healthy;
      healthy = proper_site_url(config, logger) && healthy;
      healthy = properly_gathered_posts(*site) && healthy;
      if (!healthy) return 1;
      logger.info("Your test results", "are in. Everything looks fine.");
   } catch (const std::exception& e) {
      return report_failure(e, "doctor", options.trace, logger);
   }
   return 0;
}

}  // namespace jekyllpp::engine
