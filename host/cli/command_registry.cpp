// Registering and dispatching commands; nested command groups ("plugins list") reuse it.
#include <algorithm>
#include <iomanip>
#include <ostream>

#include "orderhub/cli/command.h"
#include "orderhub/cli/command_options.h"

namespace orderhub::cli {

void CommandRegistry::add(Command command) {
  commands_.push_back(std::move(command));
}

const Command* CommandRegistry::find(std::string_view name) const {
  const auto found = std::find_if(commands_.begin(), commands_.end(),
                                  [&](const Command& command) { return command.name == name; });
  return found == commands_.end() ? nullptr : &*found;
}

void CommandRegistry::print_commands(std::ostream& stream) const {
  std::size_t width = 0;
  for (const Command& command : commands_) {
    width = std::max(width, command.name.size());
  }
  stream << "Commands:\n";
  for (const Command& command : commands_) {
    stream << "  " << std::left << std::setw(static_cast<int>(width) + 2) << command.name
           << command.summary << "\n";
  }
}

int CommandRegistry::dispatch(const CommandContext& context,
                              const std::vector<std::string>& arguments) const {
  const bool help_asked = !arguments.empty() && (arguments[0] == "--help" || arguments[0] == "-h");
  if (arguments.empty() || help_asked) {
    std::ostream& stream = help_asked ? context.out : context.err;
    stream << "Usage: " << context.command_line_name << " <command> [options]\n\n";
    print_commands(stream);
    stream << "\nRun '" << context.command_line_name << " <command> --help' for its options.\n";
    return help_asked ? kExitSuccess : kExitUsage;
  }
  if (arguments[0].starts_with('-')) {
    return usage_error(context,
                       "unknown option '" + arguments[0] + "' (a command must come first)");
  }
  const Command* command = find(arguments[0]);
  if (command == nullptr) {
    return usage_error(context, "unknown command '" + arguments[0] + "'");
  }
  const CommandContext command_context{context.options, context.out, context.err,
                                       context.command_line_name + " " + command->name};
  return command->handler(command_context,
                          std::vector<std::string>(arguments.begin() + 1, arguments.end()));
}

}  // namespace orderhub::cli
