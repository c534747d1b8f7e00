// hub_commands.h: the commands that work on the hub's accounts and orders. Each group lives in
// its own file (account.cpp, mapping.cpp, orders.cpp, quarantine.cpp) and each subcommand in its
// own file too.
#pragma once

#include "orderhub/cli/command.h"

namespace orderhub::cli {

Command account_command();
Command account_add_command();
Command account_set_command();
Command account_show_command();
Command account_list_command();

Command mapping_command();
Command mapping_set_command();
Command mapping_list_command();

Command download_command();

Command orders_command();
Command orders_list_command();
Command orders_show_command();

Command history_command();

Command quarantine_command();
Command quarantine_list_command();

}  // namespace orderhub::cli
