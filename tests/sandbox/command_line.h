// The orderhub-sandbox command line (Boost.Program_options); `--help` lists every flag.
#pragma once

#include "core/channel_emulator.h"
#include "core/fault_settings.h"

#include <string>
#include <variant>
#include <vector>

namespace orderhub::sandbox {

struct CommandLine {
  int port = 0;
  GenerationSettings generation;
  std::vector<std::string> channels;  // validated against built_channel_names()
  FaultSettings faults;
  bool verbose = false;
};

// Parsing ends the program instead of running it: --help (code 0) or an invalid flag (code 2).
struct CommandLineExit {
  int exit_code = 0;
  std::string message;  // for stdout when exit_code is 0, stderr otherwise
};

std::variant<CommandLine, CommandLineExit> parse_command_line(int argc, const char* const* argv);

}  // namespace orderhub::sandbox
