// The "orders" command group: dispatches to its subcommands.
#include "hub_commands.h"

namespace orderhub::cli {

Command orders_command() {
  return Command{"orders", "list and show orders",
                 [](const CommandContext& context, const std::vector<std::string>& arguments) {
                   CommandRegistry subcommands;
                   subcommands.add(orders_list_command());
                   subcommands.add(orders_show_command());
                   return subcommands.dispatch(context, arguments);
                 }};
}

}  // namespace orderhub::cli
