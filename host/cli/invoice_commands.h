// The invoice commands (invoice, invoice-template) and the hub's own settings (settings), one
// file each.
#pragma once

#include "orderhub/cli/command.h"

namespace orderhub::cli {

Command invoice_command();
Command invoice_template_command();
Command settings_command();

}  // namespace orderhub::cli
