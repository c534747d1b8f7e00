// The "quarantine" command group: dispatches to its subcommands.
#include "hub_commands.h"

namespace orderhub::cli {

Command quarantine_command() {
  return Command{"quarantine", "list downloaded orders that could not be imported",
                 [](const CommandContext& context, const std::vector<std::string>& arguments) {
                   CommandRegistry subcommands;
                   subcommands.add(quarantine_list_command());
                   return subcommands.dispatch(context, arguments);
                 }};
}

}  // namespace orderhub::cli
