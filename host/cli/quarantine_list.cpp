// "orderhub quarantine list [--account ID] [--json]": quarantined orders, newest first, with the
// field and the reason each was refused.
#include <ostream>

#include "hub_access.h"
#include "hub_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/accounts/accounts.h"
#include "pipeline/orders/order_view.h"

namespace orderhub::cli {
namespace {

int list_quarantine(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("[--account ID] [--json]",
                         "Lists downloaded orders that could not be imported, newest first.");
  options.add()("account", boost::program_options::value<std::string>()->value_name("ID"),
                "only this account's")("json", "print a JSON array (with the raw payloads)");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  const auto store = open_hub_store(context);
  auto entries = store::in_read_transaction(
      *store,
      [&](store::Transaction& transaction)
          -> domain::Result<std::vector<domain::QuarantinedOrder>> {
        std::optional<domain::AccountId> account;
        if (values->count("account") != 0) {
          auto found = pipeline::find_account(transaction, (*values)["account"].as<std::string>());
          if (!found) {
            return found.error();
          }
          account = found->id;
        }
        return transaction.quarantine().list(account);
      });
  if (!entries) {
    return command_failure(context, entries.error().message);
  }
  if (values->count("json") != 0) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const domain::QuarantinedOrder& entry : *entries) {
      list.push_back(pipeline::quarantined_order_to_json(entry));
    }
    print_json(context.out, list);
    return kExitSuccess;
  }
  if (entries->empty()) {
    context.out << "no quarantined orders\n";
    return kExitSuccess;
  }
  std::vector<std::vector<std::string>> rows = {
      {"ID", "ACCOUNT", "CHANNEL_ORDER_ID", "FIELD", "MESSAGE", "AT"}};
  for (const domain::QuarantinedOrder& entry : *entries) {
    rows.push_back({std::to_string(entry.id), entry.account.str(),
                    entry.channel_order_id.value_or("-"), entry.field.empty() ? "-" : entry.field,
                    entry.message, domain::format_timestamp(entry.at)});
  }
  print_table(context.out, rows);
  return kExitSuccess;
}

}  // namespace

Command quarantine_list_command() {
  return Command{"list", "list quarantined orders", &list_quarantine};
}

}  // namespace orderhub::cli
