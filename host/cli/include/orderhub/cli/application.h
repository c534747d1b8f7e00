// The orderhub command line: global options, then a command from the command registry.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace orderhub::cli {

// Runs the command line arguments (without the program name), writing to out and err.
// Returns the exit code: 0 success, 1 failure, 2 usage error.
int run(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err);

// main(): run() on argv with std::cout and std::cerr.
int run_application(int argc, char** argv);

}  // namespace orderhub::cli
