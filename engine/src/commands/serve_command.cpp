#include <cstdio>
#include <cstdlib>

#include "jekyllpp/engine/build_options.hpp"
#include "jekyllpp/engine/commands.hpp"
#include "jekyllpp/engine/site_builder.hpp"
#include "jekyllpp/serve/serve.hpp"

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
   if (options.help) {
      std::printf("jekyllpp serve -- Serve your site locally\n\nOptions:\n%s", build_options_help().c_str());
      return 0;
   }
   if (options.quiet) logger.set_level(site::Logger::Level::Error);
   for (const std::string& warning : flags.warnings) logger.warn("Warning:", warning);
   options.overrides.set("serving", true);
   options.overrides.set("watch", flags.options.watch);
   if (flags.options.baseurl) options.overrides.set("baseurl", *flags.options.baseurl);
   try {
      auto load_serving_configuration = [&] {
         site::Config loaded = load_configuration(options, logger);
         const char* env = std::getenv("JEKYLL_ENV");
         if (!env || std::string(env) == "development") {
            std::string host = flags.options.host == "127.0.0.1" ? "localhost" : flags.options.host;
            liquid::Hash data = loaded.data.as_hash();
            data.set("url", "http://" + host + ":" + std::to_string(flags.options.port));
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
      return serve::run(serve_options, [&](const serve::BuildRequest& request) {
         serve::BuildResult result;
         try {
            // Unlike Jekyll, which keeps the configuration it started with, a changed
            // _config.yml is read again (source and destination stay as served).
            if (request.changes.config_changed) config = load_serving_configuration();
            auto site = make_site(config, logger);
            if (first) build_once(*site, logger);
            else site->process();
            first = false;
            result.written = written_paths(*site);
         } catch (const std::exception& e) {
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
