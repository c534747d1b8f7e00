// "orderhub account list [--json]": every account with its plugin and download state.
#include <ostream>

#include "hub_access.h"
#include "hub_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/accounts/accounts.h"

namespace orderhub::cli {
namespace {

std::string text_of(const nlohmann::ordered_json& value) {
  return value.is_string() ? value.get<std::string>() : "-";
}

int list_accounts(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("[--json]", "Lists the channel accounts. Credentials never appear.");
  options.add()("json", "print a JSON array");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  const auto store = open_hub_store(context);
  const nlohmann::ordered_json accounts =
      store::in_read_transaction(*store, [&](store::Transaction& transaction) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const domain::Account& account : transaction.accounts().list()) {
          list.push_back(
              pipeline::account_to_json(account, transaction.cursors().find(account.id)));
        }
        return list;
      });
  if (values->count("json") != 0) {
    print_json(context.out, accounts);
    return kExitSuccess;
  }
  if (accounts.empty()) {
    context.out << "no accounts; add one with 'orderhub account add'\n";
    return kExitSuccess;
  }
  std::vector<std::vector<std::string>> rows = {
      {"ID", "PLUGIN", "DOWNLOAD", "LAST_SUCCESS", "LAST_ERROR"}};
  for (const auto& account : accounts) {
    const auto& download = account["download"];
    const std::string error = download["last_error"].get<std::string>();
    rows.push_back({account["id"].get<std::string>(), account["plugin"].get<std::string>(),
                    account["settings"]["download.enabled"] == "true" ? "enabled" : "disabled",
                    text_of(download["last_success_at"]), error.empty() ? "-" : error});
  }
  print_table(context.out, rows);
  return kExitSuccess;
}

}  // namespace

Command account_list_command() {
  return Command{"list", "list the channel accounts", &list_accounts};
}

}  // namespace orderhub::cli
