#include "jekyllpp/engine/site_builder.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>

#include "jekyllpp/engine/converters.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/markdown/markdown.hpp"
#include "jekyllpp/sass/compile.hpp"
#include "jekyllpp/site/jekyll_liquid.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/plugins/plugin_manager.hpp"
#include "jekyllpp/site/yaml_value.hpp"

namespace jekyllpp::engine {

using liquid::Value;

namespace {

// The sassify/scssify filters' conversion: the converter's SyntaxError is an ArgumentError,
// which Liquid's filter call re-raises as Liquid::ArgumentError ("Liquid error (line N): ...").
std::string convert_in_filter(const site::Converter& converter, std::string_view text) {
   try {
      return converter.convert(text, "");
   } catch (const sass::SyntaxError& error) {
      throw liquid::Error(liquid::Error::Kind::Argument, error.what());
   }
}

}  // namespace

std::shared_ptr< liquid::Environment > make_environment(const site::Site& site) {
   const site::Config& config = site.config;
   auto environment = std::make_shared< liquid::Environment >(liquid::Environment::standard());
   std::string mode = liquid::to_output(site::lookup(config.get("liquid"), "error_mode"));
   if (!mode.empty() && mode[0] == ':') mode.erase(0, 1);
   environment->set_error_mode(mode == "strict" ? liquid::ErrorMode::Strict
                               : mode == "lax"  ? liquid::ErrorMode::Lax
                                                : liquid::ErrorMode::Warn);
   site::JekyllLiquidConverters converters;
   converters.smartypants = [options = kramdown_options(config)](std::string_view text) {
      return markdown::smartify(text, options);
   };
   const site::Converter* scss = nullptr;
   const site::Converter* sass = nullptr;
   for (const auto& converter : site.converters) {
      if (converter->matches(".scss")) scss = converter.get();
      if (converter->matches(".sass")) sass = converter.get();
   }
   if (scss) converters.scss = [scss](std::string_view text) { return convert_in_filter(*scss, text); };
   if (sass) converters.sass = [sass](std::string_view text) { return convert_in_filter(*sass, text); };
   site::register_jekyll_filters(*environment, std::move(converters));
   site::register_jekyll_tags(*environment);
   for (const auto& plugin : site.plugins) plugin->register_liquid(*environment);
   return environment;
}

namespace {

// Ruby's Float#round(3) printed with to_s: 0.123, 1.5, 0.0.
std::string seconds_text(double seconds) {
   double rounded = std::round(seconds * 1000.0) / 1000.0;
   char buffer[32];
   std::snprintf(buffer, sizeof buffer, "%.3f", rounded);
   std::string text = buffer;
   while (text.size() > 1 && text.back() == '0' && text[text.size() - 2] != '.') text.pop_back();
   return text;
}

// Ruby's class name for an error, as its report of an uncaught exception shows it. A Sass
// error is the converter's (jekyll-sass-converter re-raises SassC's as Scss::SyntaxError).
std::string ruby_class_of(const std::exception& error) {
   if (const auto* liquid_error = dynamic_cast< const liquid::Error* >(&error)) return liquid_error->ruby_class();
   if (const auto* site_error = dynamic_cast< const site::Error* >(&error)) return site_error->ruby_class();
   if (dynamic_cast< const site::YamlError* >(&error)) return "Psych::SyntaxError";
   if (dynamic_cast< const site::YamlDisallowedClass* >(&error)) return "Psych::DisallowedClass";
   if (dynamic_cast< const site::StackLevelTooDeep* >(&error)) return "SystemStackError";
   if (dynamic_cast< const sass::SyntaxError* >(&error)) return "Jekyll::Converters::Scss::SyntaxError";
   return "StandardError";
}

// The message as Ruby's report of an uncaught exception writes it (Ruby 3.1's error printer):
// backslashes doubled and control characters other than tab and newline escaped.
std::string escaped_message(std::string_view message) {
   std::string out;
   for (const char c : message) {
      const auto byte = static_cast< unsigned char >(c);
      switch (byte) {
         case '\\': out += "\\\\"; break;
         case 0x00: out += "\\0"; break;
         case 0x07: out += "\\a"; break;
         case 0x08: out += "\\b"; break;
         case 0x0b: out += "\\v"; break;
         case 0x0c: out += "\\f"; break;
         case 0x0d: out += "\\r"; break;
         case 0x1b: out += "\\e"; break;
         case 0x7f: out += "\\c?"; break;
         default:
            if (byte < 0x20 && byte != '\t' && byte != '\n') {
               char hex[8];
               std::snprintf(hex, sizeof hex, "\\x%02X", byte);
               out += hex;
            } else {
               out += c;
            }
      }
   }
   return out;
}

// One exception in Ruby's report: "WHERE: FIRST LINE (Class)", then the message's other lines.
void print_exception(std::string_view where, std::string_view raw_message, const std::string& ruby_class) {
   const std::string escaped = escaped_message(raw_message);
   const std::string_view message = escaped;
   const std::size_t newline = message.find('\n');
   const std::string_view first = message.substr(0, newline);
   std::fprintf(stderr, "%.*s: %.*s (%s)\n", int(where.size()), where.data(), int(first.size()), first.data(),
                ruby_class.c_str());
   if (newline == std::string_view::npos) return;
   const std::string_view rest = message.substr(newline + 1);
   std::fwrite(rest.data(), 1, rest.size(), stderr);
   if (!rest.empty() && rest.back() != '\n') std::fputc('\n', stderr);
}

// Ruby's report of the exception that ended the program (Jekyll aborts with it after the
// --trace hint), then of its cause where it has one jekyllpp knows: SassC::SyntaxError, whose
// backtrace starts at the Sass file and line ("_sass/_x.scss:3"). The Ruby source location
// Ruby prints as WHERE is "jekyllpp" here.
void print_uncaught(const std::exception& error) {
   std::string_view message = error.what();
   // The message's error_highlight quote of Ruby source (a blank line, the line, a row of
   // carets) ends the Liquid Exception line but is left out of this report.
   if (const std::size_t quote = message.rfind("\n\n"); quote != std::string_view::npos) {
      const std::string_view tail = message.substr(quote + 2);
      const std::size_t newline = tail.find('\n');
      const std::string_view carets = newline == std::string_view::npos ? "" : tail.substr(newline + 1);
      if (!carets.empty() && carets.find_first_not_of(" ^") == std::string_view::npos &&
          carets.find('^') != std::string_view::npos)
         message = message.substr(0, quote);
   }
   if (message.empty()) {
      std::fprintf(stderr, "jekyllpp: unhandled exception\n");
      return;
   }
   print_exception("jekyllpp", message, ruby_class_of(error));
   if (const auto* sass_error = dynamic_cast< const sass::SyntaxError* >(&error))
      print_exception(sass_error->file + ":" + std::to_string(sass_error->line), message, "SassC::SyntaxError");
}

}  // namespace

site::Config load_configuration(const BuildOptions& options, site::Logger& logger) {
   site::Config config = site::load_config(Value(options.overrides), logger);
   site::apply_timezone(config);
   return config;
}

std::unique_ptr< site::Site > make_site(const site::Config& site_config, site::Logger& logger,
                                        std::shared_ptr< ConversionCache > markdown_cache) {
   std::optional< site::Theme > theme = site::configure_theme(site_config, logger);
   const site::Config config = theme ? site::with_theme_configuration(site_config, *theme, logger) : site_config;
   const std::vector< std::string > gems = site::plugins::require_plugins(config, theme ? &*theme : nullptr, logger);
   auto site = std::make_unique< site::Site >(config, logger);
   site->theme = std::move(theme);
   for (const std::string& gem : gems)
      if (auto plugin = site::plugins::make_plugin(gem)) site->plugins.push_back(std::move(plugin));
   site->converters.push_back(make_markdown_converter(config, gems, logger, std::move(markdown_cache)));
   site->converters.push_back(make_scss_converter(*site, false));
   site->converters.push_back(make_scss_converter(*site, true));
   site->environment = make_environment(*site);
   return site;
}

void build_once(site::Site& site, site::Logger& logger, const std::function< void() >& process) {
   auto start = std::chrono::steady_clock::now();
   logger.info("Source:", site.source);
   logger.info("Destination:", site.dest);
   logger.info("Incremental build:",
               site.config.flag("incremental") ? "enabled" : "disabled. Enable with --incremental");
   logger.info("Generating...");
   try {
      if (process) process();
      else site.process();
   } catch (const site::Error& error) {
      // Command#process_site: a fatal error while processing is announced, then exits 1.
      if (error.fatal()) {
         logger.error("ERROR:", "YOUR SITE COULD NOT BE BUILT:");
         logger.error("", "------------------------------------");
         logger.error("", error.what());
      }
      throw;
   }
   double seconds = std::chrono::duration< double >(std::chrono::steady_clock::now() - start).count();
   logger.info("", "done in " + seconds_text(seconds) + " seconds.");
}

int report_failure(const std::exception& error, const char* command, bool trace, site::Logger& logger) {
   if (!trace) {
      std::string message = std::string(" Please append `--trace` to the `") + command + "` command ";
      std::string dashes(message.size(), '-');
      logger.error("", dashes);
      logger.error("Jekyll 4.3.1 ", message);
      logger.error("", " for any additional information or backtrace. ");
      logger.error("", dashes);
   }
   print_uncaught(error);
   return 1;
}

std::optional< int > read_build_options(const char* command, const std::vector< std::string >& args,
                                        BuildOptions& options) {
   try {
      for (std::size_t i = 0; i < args.size(); ++i) {
         if (!parse_build_option(args, i, options)) throw std::invalid_argument("invalid option: " + args[i]);
         if (options.version) {  // Mercenary: `puts "#{name} #{version}"; exit(0)` as it is parsed
            std::printf("%s \n", command);
            return 0;
         }
      }
   } catch (const std::invalid_argument& e) {
      return report_invalid_option(e.what());
   }
   return std::nullopt;
}

int report_invalid_option(const std::string& message) {
   // OptionParser's error classes by their reason; Mercenary rescues InvalidOption alone.
   for (const auto& [reason, ruby_class] : {std::pair{"missing argument:", "MissingArgument"},
                                            {"invalid argument:", "InvalidArgument"},
                                            {"needless argument:", "NeedlessArgument"},
                                            {"ambiguous option:", "AmbiguousOption"}})
      if (message.rfind(reason, 0) == 0) {
         std::fprintf(stderr, "jekyllpp: %s (OptionParser::%s)\n", message.c_str(), ruby_class);
         return 1;
      }
   std::printf("jekyll 4.3.1 | Error:  Whoops, we can't understand your command.\n");
   std::printf("jekyll 4.3.1 | Error:  %s\n", message.c_str());
   std::printf("jekyll 4.3.1 | Error:  Run your command again with the --help switch to see available options.\n");
   std::fflush(stdout);
   std::fprintf(stderr, "jekyllpp: %s (OptionParser::InvalidOption)\n", message.c_str());
   return 1;
}

}  // namespace jekyllpp::engine
