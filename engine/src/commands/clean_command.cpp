#include <boost/filesystem.hpp>
#include <cstdio>

#include "jekyllpp/engine/build_options.hpp"
#include "jekyllpp/engine/commands.hpp"
#include "jekyllpp/engine/site_builder.hpp"

namespace jekyllpp::engine {

namespace fs = boost::filesystem;

namespace {

void remove(const std::string& path, bool directory, site::Logger& logger) {
   boost::system::error_code ec;
   bool present = directory ? fs::is_directory(path, ec) : fs::is_regular_file(path, ec);
   if (!present) {
      logger.info("Cleaner:", "Nothing to do for " + path + ".");
      return;
   }
   logger.info("Cleaner:", "Removing " + path + "...");
   fs::remove_all(path, ec);
}

}  // namespace

// Jekyll's clean: destination, .jekyll-metadata, the cache dir and .sass-cache.
int clean_command(const std::vector< std::string >& args) {
   BuildOptions options;
   site::Logger logger;
   if (const std::optional< int > status = read_build_options("clean", args, options)) return *status;
   try {
      if (options.help) {
         std::printf("jekyllpp clean -- Clean the site (removes site output and metadata file) without building.\n");
         return 0;
      }
      if (options.quiet) logger.set_level(site::Logger::Level::Error);
      site::Config config = load_configuration(options, logger);
      remove(config.destination, true, logger);
      remove(config.source + "/.jekyll-metadata", false, logger);
      remove(config.source + "/" + config.string("cache_dir"), true, logger);
      remove(".sass-cache", true, logger);
   } catch (const std::exception& e) {
      return report_failure(e, "clean", options.trace, logger);
   }
   return 0;
}

}  // namespace jekyllpp::engine
