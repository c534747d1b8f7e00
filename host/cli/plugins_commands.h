// "orderhub plugins": list and check plugins. The group lives in plugins.cpp, each subcommand in
// its own file.
#pragma once

#include "orderhub/cli/command.h"

namespace orderhub::cli {

Command plugins_command();
Command plugins_list_command();
Command plugins_check_command();

}  // namespace orderhub::cli
