#pragma once
// Making a Site the way `jekyll build` does: configuration, converters (markdown, Sass),
// the Liquid environment with Jekyll's filters and tags, then one build with Jekyll's log.
// `serve` uses the same pieces: load_configuration once, then make_site + build_once per rebuild.
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "jekyllpp/engine/build_options.hpp"
#include "jekyllpp/engine/conversion_cache.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/logger.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::engine {

// Jekyll.configuration(options) with the process's timezone applied.
site::Config load_configuration(const BuildOptions& options, site::Logger& logger);

// Site.new(config): converters and Liquid environment wired in; markdown conversions kept in
// `markdown_cache` when given (made for this configuration).
std::unique_ptr< site::Site > make_site(const site::Config& config, site::Logger& logger,
                                        std::shared_ptr< ConversionCache > markdown_cache = nullptr);

// The Liquid environment with Jekyll's filters, tags and the plugins' (a fresh one forgets the
// includes parsed before).
std::shared_ptr< liquid::Environment > make_environment(const site::Site& site);

// Build.build: logs Source/Destination/Incremental build/Generating..., runs Site#process (or
// `process`), logs "done in X seconds.". Throws site::Error / liquid::Error as the build fails.
void build_once(site::Site& site, site::Logger& logger, const std::function< void() >& process = {});

// Prints a failed build as Jekyll does and returns the exit status (1).
int report_failure(const std::exception& error, const char* command, bool trace, site::Logger& logger);

// Prints an unknown command-line option as Mercenary does (three lines on stdout, then Ruby's
// report of OptionParser::InvalidOption), or a missing, invalid or needless argument as Ruby
// reports the OptionParser error Mercenary lets through; returns the exit status (1).
int report_invalid_option(const std::string& message);
// Reads every argument as a build option of `command` (build, clean, doctor). The exit status
// when the command ends there: 1 when one is no option or has a bad value (reported as
// report_invalid_option does), 0 after -v/--version; nullopt to go on.
std::optional< int > read_build_options(const char* command, const std::vector< std::string >& args,
                                        BuildOptions& options);

}  // namespace jekyllpp::engine
