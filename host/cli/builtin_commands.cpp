// The commands of the orderhub executable, one line each; each command lives in its own file.
#include "action_commands.h"
#include "hub_commands.h"
#include "inventory_commands.h"
#include "invoice_commands.h"
#include "orderhub/cli/command.h"
#include "plugins_commands.h"
#include "pnl_commands.h"
#include "rules_commands.h"
#include "service_commands.h"

namespace orderhub::cli {

CommandRegistry builtin_commands() {
  CommandRegistry registry;
  registry.add(plugins_command());
  registry.add(account_command());
  registry.add(mapping_command());
  registry.add(download_command());
  registry.add(orders_command());
  registry.add(history_command());
  registry.add(quarantine_command());
  registry.add(ship_command());
  registry.add(cancel_command());
  registry.add(refund_command());
  registry.add(rma_command());
  registry.add(sync_command());
  registry.add(outbox_command());
  registry.add(inventory_command());
  registry.add(rules_command());
  registry.add(pnl_command());
  registry.add(invoice_command());
  registry.add(invoice_template_command());
  registry.add(settings_command());
  registry.add(serve_command());
  return registry;
}

}  // namespace orderhub::cli
