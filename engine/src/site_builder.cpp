#include "jekyllpp/engine/site_builder.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>

#include "jekyllpp/engine/converters.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/markdown/markdown.hpp"
#include "jekyllpp/site/jekyll_liquid.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/plugins/plugin_manager.hpp"

namespace jekyllpp::engine {

using liquid::Value;

namespace {

std::shared_ptr< liquid::Environment > make_environment(const site::Site& site) {
   const site::Config& config = site.config;
   auto environment = std::make_shared< liquid::Environment >(liquid::Environment::standard());
   std::string mode = liquid::to_output(site::lookup(config.get("liquid"), "error_mode"));
   if (!mode.empty() && mode[0] == ':') mode.erase(0, 1);
   environment->set_error_mode(mode == "strict" ? liquid::ErrorMode::Strict
                               : mode == "lax"  ? liquid::ErrorMode::Lax
                                                : liquid::ErrorMode::Warn);
   site::JekyllLiquidConverters converters;
   converters.smartypants = [](std::string_view text) { return markdown::smartify(text); };
   const site::Converter* scss = nullptr;
   const site::Converter* sass = nullptr;
   for (const auto& converter : site.converters) {
      if (converter->matches(".scss")) scss = converter.get();
      if (converter->matches(".sass")) sass = converter.get();
   }
   if (scss) converters.scss = [scss](std::string_view text) { return scss->convert(text, ""); };
   if (sass) converters.sass = [sass](std::string_view text) { return sass->convert(text, ""); };
   site::register_jekyll_filters(*environment, std::move(converters));
   site::register_jekyll_tags(*environment);
   for (const auto& plugin : site.plugins) plugin->register_liquid(*environment);
   return environment;
}

// Ruby's Float#round(3) printed with to_s: 0.123, 1.5, 0.0.
std::string seconds_text(double seconds) {
   double rounded = std::round(seconds * 1000.0) / 1000.0;
   char buffer[32];
   std::snprintf(buffer, sizeof buffer, "%.3f", rounded);
   std::string text = buffer;
   while (text.size() > 1 && text.back() == '0' && text[text.size() - 2] != '.') text.pop_back();
   return text;
}

}  // namespace

site::Config load_configuration(const BuildOptions& options, site::Logger& logger) {
   site::Config config = site::load_config(Value(options.overrides), logger);
   site::apply_timezone(config);
   return config;
}

std::unique_ptr< site::Site > make_site(const site::Config& config, site::Logger& logger) {
   const std::vector< std::string > gems = site::plugins::require_plugins(config, logger);
   auto site = std::make_unique< site::Site >(config, logger);
   for (const std::string& gem : gems)
      if (auto plugin = site::plugins::make_plugin(gem)) site->plugins.push_back(std::move(plugin));
   site->converters.push_back(make_markdown_converter(config));
   site->converters.push_back(make_scss_converter(*site, false));
   site->converters.push_back(make_scss_converter(*site, true));
   site->environment = make_environment(*site);
   return site;
}

void build_once(site::Site& site, site::Logger& logger) {
   auto start = std::chrono::steady_clock::now();
   logger.info("Source:", site.source);
   logger.info("Destination:", site.dest);
   logger.info("Incremental build:",
               site.config.flag("incremental") ? "enabled" : "disabled. Enable with --incremental");
   logger.info("Generating...");
   site.process();
   double seconds = std::chrono::duration< double >(std::chrono::steady_clock::now() - start).count();
   logger.info("", "done in " + seconds_text(seconds) + " seconds.");
}

int report_failure(const std::exception& error, const char* command, bool trace, site::Logger& logger) {
   const auto* site_error = dynamic_cast< const site::Error* >(&error);
   if (site_error && site_error->fatal()) {
      logger.error("ERROR:", "YOUR SITE COULD NOT BE BUILT:");
      logger.error("", "------------------------------------");
      logger.error("", error.what());
      return 1;
   }
   if (trace) {
      std::string kind = site_error ? site_error->ruby_class() : "StandardError";
      if (const auto* liquid_error = dynamic_cast< const liquid::Error* >(&error)) kind = liquid_error->ruby_class();
      std::fprintf(stderr, "jekyllpp: %s (%s)\n", error.what(), kind.c_str());
      return 1;
   }
   std::string message = std::string(" Please append `--trace` to the `") + command + "` command ";
   std::string dashes(message.size(), '-');
   logger.error("", dashes);
   logger.error("Jekyll 4.3.1 ", message);
   logger.error("", " for any additional information or backtrace. ");
   logger.error("", dashes);
   std::fprintf(stderr, "%s\n", error.what());
   return 1;
}

}  // namespace jekyllpp::engine
