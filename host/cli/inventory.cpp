// The "inventory" command group: dispatches to its subcommands.
#include "inventory_commands.h"

namespace orderhub::cli {

Command inventory_command() {
  return Command{"inventory", "the hub's stock per SKU and the backorder feed to channels",
                 [](const CommandContext& context, const std::vector<std::string>& arguments) {
                   CommandRegistry subcommands;
                   subcommands.add(inventory_set_command());
                   subcommands.add(inventory_list_command());
                   subcommands.add(inventory_push_command());
                   return subcommands.dispatch(context, arguments);
                 }};
}

}  // namespace orderhub::cli
