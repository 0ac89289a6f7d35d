#include "jekyllpp/engine/cli.hpp"

int main(int argc, char** argv) { return jekyllpp::engine::run_cli(argc, argv); }
