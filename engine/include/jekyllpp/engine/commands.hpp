#pragma once
// One function per subcommand; args exclude the program and subcommand names.
#include <string>
#include <vector>

namespace jekyllpp::engine {

int build_command(const std::vector< std::string >& args);
int clean_command(const std::vector< std::string >& args);
int doctor_command(const std::vector< std::string >& args);
// `serve`: builds, then serves the destination (engine/serve) and rebuilds on change.
int serve_command(const std::vector< std::string >& args);
int help_command(const std::vector< std::string >& args);

}  // namespace jekyllpp::engine
