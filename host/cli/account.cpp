// The "account" command group: dispatches to its subcommands.
#include "hub_commands.h"

namespace orderhub::cli {

Command account_command() {
  return Command{"account", "add, change, show and list channel accounts",
                 [](const CommandContext& context, const std::vector<std::string>& arguments) {
                   CommandRegistry subcommands;
                   subcommands.add(account_add_command());
                   subcommands.add(account_set_command());
                   subcommands.add(account_show_command());
                   subcommands.add(account_list_command());
                   return subcommands.dispatch(context, arguments);
                 }};
}

}  // namespace orderhub::cli
