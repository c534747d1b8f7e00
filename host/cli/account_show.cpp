// "orderhub account show ID [--json]": an account's plugin, config (credentials masked), every
// setting with its effective value, and where its download stands.
#include <ostream>

#include "hub_access.h"
#include "hub_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/accounts/accounts.h"

namespace orderhub::cli {
namespace {

std::string text_of(const nlohmann::ordered_json& value) {
  if (value.is_string()) {
    return value.get<std::string>();
  }
  if (value.is_null()) {
    return "-";
  }
  return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void print_section(std::ostream& out, const char* title, const nlohmann::ordered_json& members) {
  out << title << ":\n";
  std::vector<std::vector<std::string>> rows;
  for (const auto& [key, value] : members.items()) {
    rows.push_back({"  " + key, text_of(value)});
  }
  print_table(out, rows);
}

int show_account(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("ID [--json]",
                         "Shows an account. Credentials in its config are shown as ***.");
  options.add_positional("ID", 1, "the account");
  options.add()("json", "print JSON");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ID") == 0) {
    return usage_error(context, "the account ID is missing");
  }
  const std::string id = (*values)["ID"].as<std::vector<std::string>>().front();
  const auto store = open_hub_store(context);
  auto view = store::in_read_transaction(
      *store, [&](store::Transaction& transaction) -> domain::Result<nlohmann::ordered_json> {
        auto account = pipeline::find_account(transaction, id);
        if (!account) {
          return account.error();
        }
        return pipeline::account_to_json(*account, transaction.cursors().find(account->id));
      });
  if (!view) {
    return command_failure(context, view.error().message);
  }
  if (values->count("json") != 0) {
    print_json(context.out, *view);
    return kExitSuccess;
  }
  print_table(context.out, {{"id:", text_of((*view)["id"])},
                            {"plugin:", text_of((*view)["plugin"])},
                            {"created:", text_of((*view)["created_at"])}});
  print_section(context.out, "config", (*view)["config"]);
  print_section(context.out, "settings", (*view)["settings"]);
  print_section(context.out, "download", (*view)["download"]);
  return kExitSuccess;
}

}  // namespace

Command account_show_command() {
  return Command{"show", "show an account (credentials masked)", &show_account};
}

}  // namespace orderhub::cli
