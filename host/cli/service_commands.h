// service_commands.h: the command that runs orderhub as a long-lived service.
#pragma once

#include "orderhub/cli/command.h"

namespace orderhub::cli {

Command serve_command();

}  // namespace orderhub::cli
