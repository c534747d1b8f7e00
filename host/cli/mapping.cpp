// The "mapping" command group: dispatches to its subcommands.
#include "hub_commands.h"

namespace orderhub::cli {

Command mapping_command() {
  return Command{"mapping", "map an account's channel shipping methods to carriers and services",
                 [](const CommandContext& context, const std::vector<std::string>& arguments) {
                   CommandRegistry subcommands;
                   subcommands.add(mapping_set_command());
                   subcommands.add(mapping_list_command());
                   return subcommands.dispatch(context, arguments);
                 }};
}

}  // namespace orderhub::cli
