// Option parsing shared by every command: Boost.Program_options with --help, positional arguments,
// and usage errors reported the same way everywhere (message, hint, exit code 2).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "orderhub/cli/command.h"

namespace orderhub::cli {

class CommandOptions {
 public:
  // usage: what follows the command's name in the usage line, e.g. "[--json]" or "PATH".
  CommandOptions(std::string usage, std::string description);

  // Options shown in --help.
  boost::program_options::options_description_easy_init add();
  // A positional argument, shown in --help with its description.
  void add_positional(const std::string& name, int max_count, const std::string& description);

  // Parses arguments. Returns the values, or nullopt after printing help (exit_code 0) or a usage
  // error (exit_code 2).
  std::optional<boost::program_options::variables_map> parse(
      const CommandContext& context, const std::vector<std::string>& arguments, int& exit_code);

  void print_help(const CommandContext& context, std::ostream& stream) const;

 private:
  std::string usage_;
  std::string description_;
  boost::program_options::options_description visible_{"Options"};
  boost::program_options::options_description hidden_;
  boost::program_options::positional_options_description positional_;
  std::vector<std::pair<std::string, std::string>> positional_help_;
};

// Prints "<command>: <message>" and a hint to run --help, to context.err; returns kExitUsage.
int usage_error(const CommandContext& context, const std::string& message);

}  // namespace orderhub::cli
