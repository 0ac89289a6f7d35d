#pragma once
// `jekyllpp liquid TEMPLATE [--data FILE.yml|.json] [--partials DIR] [--error-mode warn|lax|strict]`:
// renders one template with Liquid 5.4's standard tags and filters to stdout.
// argv[0] is the subcommand name ("liquid"), as a main() of its own would see it.
namespace jekyllpp::engine {

int run_liquid_command(int argc, char** argv);

}  // namespace jekyllpp::engine
