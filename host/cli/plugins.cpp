// The "plugins" command group: dispatches to its subcommands.
#include "plugins_commands.h"

namespace orderhub::cli {

Command plugins_command() {
  return Command{"plugins", "list the installed plugins, or check one against the plugin ABI",
                 [](const CommandContext& context, const std::vector<std::string>& arguments) {
                   CommandRegistry subcommands;
                   subcommands.add(plugins_list_command());
                   subcommands.add(plugins_check_command());
                   return subcommands.dispatch(context, arguments);
                 }};
}

}  // namespace orderhub::cli
