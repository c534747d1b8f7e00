// "orderhub history ORDER [--json]": an order's audit trail, oldest first.
#include <ostream>

#include "hub_access.h"
#include "hub_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/orders/order_reference.h"
#include "pipeline/orders/order_view.h"

namespace orderhub::cli {
namespace {

int show_history(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("ORDER [--json]",
                         "Shows an order's history: every change, when, by what, before and "
                         "after. ORDER is the hub order id (42) or ACCOUNT:CHANNEL_ORDER_ID.");
  options.add_positional("ORDER", 1, "the order");
  options.add()("json", "print a JSON array (with the before and after values)");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ORDER") == 0) {
    return usage_error(context, "the ORDER is missing");
  }
  const std::string reference = (*values)["ORDER"].as<std::vector<std::string>>().front();
  const auto store = open_hub_store(context);
  auto events = store::in_read_transaction(
      *store,
      [&](store::Transaction& transaction) -> domain::Result<std::vector<domain::HistoryEvent>> {
        auto id = pipeline::resolve_order_reference(transaction, reference);
        if (!id) {
          return id.error();
        }
        return transaction.history().list(*id);
      });
  if (!events) {
    return command_failure(context, events.error().message);
  }
  if (values->count("json") != 0) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const domain::HistoryEvent& event : *events) {
      list.push_back(pipeline::history_event_to_json(event));
    }
    print_json(context.out, list);
    return kExitSuccess;
  }
  std::vector<std::vector<std::string>> rows = {{"AT", "ACTOR", "KIND", "SUMMARY"}};
  for (const domain::HistoryEvent& event : *events) {
    rows.push_back({domain::format_timestamp(event.at), event.actor, event.kind, event.summary});
  }
  print_table(context.out, rows);
  return kExitSuccess;
}

}  // namespace

Command history_command() {
  return Command{"history", "show an order's history", &show_history};
}

}  // namespace orderhub::cli
