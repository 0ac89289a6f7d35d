#include <cstdio>
#include <unistd.h>

#include "jekyllpp/engine/build_options.hpp"
#include "jekyllpp/engine/commands.hpp"
#include "jekyllpp/engine/site_builder.hpp"

namespace jekyllpp::engine {

// The site of the finished build. The process ends right after it: its pages and documents
// are left to the exit instead of being freed one by one on one core (about 30 M instructions
// for 4,000 posts). External linkage on purpose: a write-only variable of internal linkage is
// optimised away, and LeakSanitizer then reports the whole site as leaked.
extern site::Site* finished_site;
site::Site* finished_site = nullptr;

namespace {

void adjust_verbosity(const BuildOptions& options, site::Logger& logger) {
   if (options.quiet) logger.set_level(site::Logger::Level::Error);
   else if (options.verbose) logger.set_level(site::Logger::Level::Debug);
   logger.set_color(isatty(STDOUT_FILENO) && isatty(STDERR_FILENO) && !std::getenv("NO_COLOR"));
}

}  // namespace

int build_command(const std::vector< std::string >& args) {
   BuildOptions options;
   site::Logger logger;
   if (const std::optional< int > status = read_build_options("build", args, options)) return *status;
   if (options.help) {
      std::printf("jekyllpp build -- Build your site\n\nUsage:\n\n  jekyllpp build [options]\n\nOptions:\n%s",
                  build_options_help().c_str());
      return 0;
   }
   options.overrides.set("serving", false);
   adjust_verbosity(options, logger);
   try {
      site::Config config = load_configuration(options, logger);
      auto site = make_site(config, logger);
      build_once(*site, logger);
      finished_site = site.release();
      logger.info("Auto-regeneration:", "disabled. Use --watch to enable.");
   } catch (const std::exception& e) {
      return report_failure(e, "build", options.trace, logger);
   }
   return 0;
}

}  // namespace jekyllpp::engine
