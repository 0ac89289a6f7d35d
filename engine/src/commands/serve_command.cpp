#include <cstdio>
#include <cstdlib>

#include "jekyllpp/engine/build_options.hpp"
#include "jekyllpp/engine/commands.hpp"
#include "jekyllpp/engine/site_builder.hpp"
#include "jekyllpp/serve/serve.hpp"
#include "jekyllpp/site/incremental_build.hpp"
#include "jekyllpp/site/read_cache.hpp"
#include "jekyllpp/site/writer.hpp"

namespace jekyllpp::engine {

namespace {

std::vector< std::string > written_paths(const site::Site& site) {
   std::vector< std::string > out;
   auto add = [&](const std::string& destination) {
      if (destination.rfind(site.dest + "/", 0) == 0) out.push_back(destination.substr(site.dest.size() + 1));
   };
   for (const auto& page : site.pages) add(page->destination);
   for (const auto& file : site.static_files)
      if (file->write) add(file->destination);
   for (const auto& doc : site.documents())
      if (doc->collection->write()) add(doc->destination);
   return out;
}

std::vector< std::string > relative_to_destination(const site::Site& site, const std::vector< std::string >& paths) {
   std::vector< std::string > out;
   for (const std::string& path : paths)
      if (path.rfind(site.dest + "/", 0) == 0) out.push_back(path.substr(site.dest.size() + 1));
   return out;
}

// -I: one site kept between rebuilds, which render what a change affects (incremental_build.hpp).
class IncrementalServe {
public:
   serve::BuildResult build(const site::Config& config, const serve::BuildRequest& request, site::Logger& logger) {
      serve::BuildResult result;
      try {
         site::RebuildReport report;
         if (!incremental_ || request.changes.config_changed) {
            incremental_.reset();
            site_ = make_site(config, logger);
            auto incremental = std::make_unique< site::IncrementalBuild >(*site_);
            if (request.initial) build_once(*site_, logger, [&] { report = incremental->full(); });
            else report = incremental->full();
            incremental_ = std::move(incremental);
         } else {
            site_->environment = make_environment(*site_);
            report = incremental_->rebuild(request.changes.paths);
         }
         logger.info("", "Rendered " + std::to_string(report.rendered) + " of " + std::to_string(report.files) +
                            " files (" + std::to_string(report.reread) + " read again), wrote " +
                            std::to_string(report.written.size()) + ", removed " +
                            std::to_string(report.removed.size()) + ".");
         for (const std::string& url : report.rendered_urls) logger.debug("Rendered:", url);
         result.written = relative_to_destination(*site_, report.written);
      } catch (const std::exception& e) {
         incremental_.reset();  // the next change builds the whole site again
         result.ok = false;
         result.error = e.what();
      }
      return result;
   }

private:
   std::unique_ptr< site::Site > site_;
   std::unique_ptr< site::IncrementalBuild > incremental_;
};

}  // namespace

// Jekyll's serve: the build options plus serve's own (engine/serve parses and runs them).
int serve_command(const std::vector< std::string >& args) {
   site::Logger logger;
   BuildOptions options;
   serve::ParsedFlags flags;
   try {
      flags = serve::parse_flags(args);
      for (std::size_t i = 0; i < flags.rest.size(); ++i)
         if (!parse_build_option(flags.rest, i, options)) throw std::invalid_argument("invalid option: " + flags.rest[i]);
   } catch (const std::exception& e) {
      std::fprintf(stderr, "%s\n", e.what());
      return 1;
   }
   if (options.version) {  // Mercenary prints the command's name and its (unset) version
      std::printf("serve \n");
      return 0;
   }
   if (options.help) {
      std::printf("jekyllpp serve -- Serve your site locally\n\nOptions:\n%s", build_options_help().c_str());
      return 0;
   }
   if (options.quiet) logger.set_level(site::Logger::Level::Error);
   else if (options.verbose) logger.set_level(site::Logger::Level::Debug);
   for (const std::string& warning : flags.warnings) logger.warn("Warning:", warning);
   options.overrides.set("serving", true);
   options.overrides.set("watch", flags.options.watch);
   if (flags.options.incremental) options.overrides.set("incremental", true);
   if (flags.options.baseurl) options.overrides.set("baseurl", *flags.options.baseurl);
   try {
      auto load_serving_configuration = [&] {
         site::Config loaded = load_configuration(options, logger);
         const char* env = std::getenv("JEKYLL_ENV");
         if (!env || std::string(env) == "development") {
            std::string host = flags.options.host == "127.0.0.1" ? "localhost" : flags.options.host;
            liquid::Hash data = loaded.data.as_hash();
            const bool ssl = flags.options.ssl_cert && flags.options.ssl_key;
            data.set("url", (ssl ? "https://" : "http://") + host + ":" + std::to_string(flags.options.port));
            loaded.data = liquid::Value(std::move(data));
         }
         return loaded;
      };
      site::Config config = load_serving_configuration();
      serve::ServeOptions serve_options = flags.options;
      serve_options.source = config.source;
      serve_options.destination = config.destination;
      serve_options.exclude = config.strings("exclude");
      serve_options.encoding = config.string("encoding");
      if (!serve_options.baseurl) serve_options.baseurl = config.string("baseurl");
      bool first = true;
      IncrementalServe incremental;
      // Every rebuild is a whole new site, as Jekyll's. Kept between them: what reading gave for
      // the files that did not change (read_cache.hpp) and markdown conversions by their text
      // (Jekyll's cache), both anew when the configuration changes; files whose bytes are
      // what this process wrote there last are not written again (writer.hpp).
      auto read_cache = std::make_shared< site::ReadCache >();
      auto markdown_cache = std::make_shared< ConversionCache >();
      auto write_memo = std::make_shared< site::WriteMemo >();
      return serve::run(serve_options, [&](const serve::BuildRequest& request) {
         serve::BuildResult result;
         if (serve_options.incremental) {
            try {
               if (request.changes.config_changed) config = load_serving_configuration();
            } catch (const std::exception& e) {
               result.ok = false;
               result.error = e.what();
               return result;
            }
            return incremental.build(config, request, logger);
         }
         try {
            // Unlike Jekyll, which keeps the configuration it started with, a changed
            // _config.yml is read again (source and destination stay as served).
            if (request.changes.config_changed) {
               config = load_serving_configuration();
               read_cache = std::make_shared< site::ReadCache >();
               markdown_cache = std::make_shared< ConversionCache >();
            }
            read_cache->forget(request.changes.paths);
            markdown_cache->next_build();
            auto site = make_site(config, logger, markdown_cache);
            site->read_cache = read_cache;
            site->write_memo = write_memo;
            if (first) build_once(*site, logger);
            else site->process();
            first = false;
            result.written = written_paths(*site);
         } catch (const std::exception& e) {
            read_cache = std::make_shared< site::ReadCache >();
            result.ok = false;
            result.error = e.what();
         }
         return result;
      });
   } catch (const std::exception& e) {
      return report_failure(e, "serve", options.trace, logger);
   }
}

}  // namespace jekyllpp::engine
