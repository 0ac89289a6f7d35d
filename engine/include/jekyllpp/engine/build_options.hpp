#pragma once
// The options of `jekyllpp build` (and of `serve`, which takes every build option): Jekyll's
// add_build_options plus the global ones (-s, -d, --safe, --profile, --trace).
#include <string>
#include <vector>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::engine {

struct BuildOptions {
   liquid::Hash overrides;  // config overrides, as Jekyll's options hash ("source", "show_drafts"...)
   bool trace = false;
   bool help = false;
   bool quiet = false;
   bool verbose = false;
   bool version = false;  // -v / --version: Mercenary prints the command's name and version (none), then exits
};

// Parses args[i] (and its value) if it is a build option, or a bundle of short ones ("-qV");
// returns false when it is not one. Throws std::invalid_argument with OptionParser's message for
// a missing, bad ("invalid argument: ...") or needless ("--safe=1") value.
bool parse_build_option(const std::vector< std::string >& args, std::size_t& i, BuildOptions& options);

// The option lines `jekyllpp build --help` prints.
std::string build_options_help();

}  // namespace jekyllpp::engine
