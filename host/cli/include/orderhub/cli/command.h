// What a command is (name, one-line summary, handler), what it receives, and the registry commands
// are dispatched through. A new command lives in its own host/cli/<command>.cpp and is added by one
// line in builtin_commands.cpp.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include <spdlog/common.h>

namespace orderhub::cli {

enum ExitCode : int { kExitSuccess = 0, kExitFailure = 1, kExitUsage = 2 };

// The options given before the command.
struct GlobalOptions {
  std::filesystem::path plugin_directory;
  std::filesystem::path database_path = "orderhub.db";
  spdlog::level::level_enum log_level = spdlog::level::warn;
};

struct CommandContext {
  const GlobalOptions& options;
  std::ostream& out;
  std::ostream& err;
  // How the user named the command so far, for messages: "orderhub plugins list".
  std::string command_line_name;
};

// Receives the arguments after the command's name. Returns an ExitCode.
using CommandHandler =
    std::function<int(const CommandContext& context, const std::vector<std::string>& arguments)>;

struct Command {
  std::string name;
  std::string summary;
  CommandHandler handler;
};

class CommandRegistry {
 public:
  void add(Command command);
  const Command* find(std::string_view name) const;
  // In the order they were added.
  const std::vector<Command>& commands() const { return commands_; }

  // Prints "Commands:" and one "  name  summary" line per command.
  void print_commands(std::ostream& stream) const;

  // Runs the command named by arguments[0] with the rest. "--help"/"-h" or no arguments print
  // the commands (to out with exit 0 for help; to err with exit 2 otherwise); an unknown name is
  // a usage error.
  int dispatch(const CommandContext& context, const std::vector<std::string>& arguments) const;

 private:
  std::vector<Command> commands_;
};

// Every command of the orderhub executable.
CommandRegistry builtin_commands();

}  // namespace orderhub::cli
