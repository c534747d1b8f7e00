// inventory_commands.h: the "inventory" command group (the hub's stock per SKU and the backorder
// feed), one file per subcommand.
#pragma once

#include "orderhub/cli/command.h"

namespace orderhub::cli {

Command inventory_command();
Command inventory_set_command();
Command inventory_list_command();
Command inventory_push_command();

}  // namespace orderhub::cli
