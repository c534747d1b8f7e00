// The order action commands (ship, cancel, refund, rma) and the outbox commands (sync, outbox),
// one file each.
#pragma once

#include "orderhub/cli/command.h"

namespace orderhub::cli {

Command ship_command();
Command cancel_command();
Command refund_command();
Command rma_command();
Command sync_command();
Command outbox_command();

}  // namespace orderhub::cli
