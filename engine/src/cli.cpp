#include "jekyllpp/engine/cli.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "jekyllpp/engine/commands.hpp"
#include "jekyllpp/engine/liquid_command.hpp"

namespace jekyllpp::engine {

namespace {

const char* const kUsage =
   "jekyllpp 4.3.1 -- Jekyll is a blog-aware, static site generator in Ruby\n"
   "\n"
   "Usage:\n"
   "\n"
   "  jekyllpp <subcommand> [options]\n"
   "\n"
   "Options:\n"
   "        -s, --source [DIR]  Source directory (defaults to ./)\n"
   "        -d, --destination [DIR]  Destination directory (defaults to ./_site)\n"
   "            --safe         Safe mode (defaults to false)\n"
   "        -p, --plugins PLUGINS_DIR1[,PLUGINS_DIR2[,...]]  Plugins directory (defaults to ./_plugins)\n"
   "            --layouts DIR  Layouts directory (defaults to ./_layouts)\n"
   "            --profile      Generate a Liquid rendering profile\n"
   "        -h, --help         Show this message\n"
   "        -v, --version      Print the name and version\n"
   "        -t, --trace        Show the full backtrace when an error occurs\n"
   "\n"
   "Subcommands:\n"
   "  build, b              Build your site\n"
   "  clean                 Clean the site (removes site output and metadata file) without building.\n"
   "  doctor, hyde          Search site and print specific deprecation warnings\n"
   "  help                  Show the help message, optionally for a given subcommand.\n"
   "  liquid                Render Liquid templates (jekyllpp liquid --help)\n"
   "  serve, server, s      Serve your site locally\n";

}  // namespace

int help_command(const std::vector< std::string >& args) {
   if (!args.empty()) {
      const std::string& name = args[0];
      if (name == "build" || name == "b") return build_command({"--help"});
      if (name == "serve" || name == "server" || name == "s") return serve_command({"--help"});
      if (name == "clean") return clean_command({"--help"});
      if (name == "doctor" || name == "hyde") return doctor_command({"--help"});
      std::fprintf(stderr, "Error: unknown subcommand '%s'\n", name.c_str());
      std::fputs(kUsage, stdout);
      return 1;
   }
   std::fputs(kUsage, stdout);
   return 0;
}

int run_cli(int argc, char** argv) {
   // Without TZ, glibc's mktime stats /etc/localtime on every call (once per dated post) to see
   // whether it changed; TZ naming that same file keeps the zone and is checked as text only.
   ::setenv("TZ", ":/etc/localtime", 0);
   std::vector< std::string > args(argv + 1, argv + argc);
   if (args.empty()) {
      std::fputs("A subcommand is required.\n", stderr);
      std::fputs(kUsage, stdout);
      return 1;
   }
   const std::string command = args[0];
   std::vector< std::string > rest(args.begin() + 1, args.end());
   if (command == "-v" || command == "--version") {
      std::puts("jekyllpp 4.3.1");
      return 0;
   }
   if (command == "-h" || command == "--help") return help_command({});
   if (command == "build" || command == "b") return build_command(rest);
   if (command == "serve" || command == "server" || command == "s") return serve_command(rest);
   if (command == "clean") return clean_command(rest);
   if (command == "doctor" || command == "hyde") return doctor_command(rest);
   if (command == "help") return help_command(rest);
   if (command == "liquid") return run_liquid_command(argc - 1, argv + 1);
   std::fprintf(stderr,
                "fatal: 'jekyllpp %s' could not be found. You may need to install the jekyll-%s gem or a related "
                "gem to be able to use this subcommand.\n",
                command.c_str(), command.c_str());
   return 1;
}

}  // namespace jekyllpp::engine
