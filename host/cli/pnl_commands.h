// pnl_commands.h: the "pnl" command (profit and loss per order and per account) and its "cost"
// subcommands.
#pragma once

#include "orderhub/cli/command.h"

namespace orderhub::cli {

Command pnl_command();
// "pnl cost add|remove": the cost lines entered by hand.
int run_pnl_cost(const CommandContext& context, const std::vector<std::string>& arguments);

}  // namespace orderhub::cli
