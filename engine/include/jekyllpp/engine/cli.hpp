#pragma once
// The `jekyllpp` command line: build, serve, clean, doctor, help, liquid.
namespace jekyllpp::engine {

int run_cli(int argc, char** argv);

}  // namespace jekyllpp::engine
