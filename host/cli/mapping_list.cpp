// "orderhub mapping list ACCOUNT [--unmapped] [--json]": the account's mappings, or with
// --unmapped the channel methods seen on its orders that no mapping covers, with order counts.
#include <ostream>

#include "hub_access.h"
#include "hub_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/accounts/accounts.h"
#include "pipeline/accounts/shipping_mappings.h"

namespace orderhub::cli {
namespace {

using nlohmann::ordered_json;

ordered_json mappings_json(store::Transaction& transaction, const domain::AccountId& account) {
  ordered_json list = ordered_json::array();
  for (const domain::ShippingMapping& mapping : transaction.mappings().list(account)) {
    ordered_json item = ordered_json::object();
    item["channel_method"] = mapping.channel_method;
    item["carrier"] = mapping.carrier;
    item["service"] = mapping.service;
    item["rush"] = mapping.rush;
    item["code_to_send"] = mapping.code_to_send;
    item["service_code"] = mapping.service_code;
    list.push_back(std::move(item));
  }
  return list;
}

ordered_json unmapped_json(store::Transaction& transaction, const domain::AccountId& account) {
  ordered_json list = ordered_json::array();
  for (const pipeline::UnmappedMethod& method : pipeline::unmapped_methods(transaction, account)) {
    ordered_json item = ordered_json::object();
    item["channel_method"] = method.channel_method;
    item["orders"] = method.orders;
    list.push_back(std::move(item));
  }
  return list;
}

void print_mappings(std::ostream& out, const ordered_json& list) {
  if (list.empty()) {
    out << "no mappings\n";
    return;
  }
  std::vector<std::vector<std::string>> rows = {
      {"CHANNEL_METHOD", "CARRIER", "SERVICE", "RUSH", "CODE_TO_SEND", "SERVICE_CODE"}};
  for (const auto& item : list) {
    rows.push_back({item["channel_method"].get<std::string>(), item["carrier"].get<std::string>(),
                    item["service"].get<std::string>(), item["rush"].get<bool>() ? "yes" : "no",
                    item["code_to_send"].get<std::string>(),
                    item["service_code"].get<std::string>()});
  }
  print_table(out, rows);
}

void print_unmapped(std::ostream& out, const ordered_json& list) {
  if (list.empty()) {
    out << "every channel method on the account's orders is mapped\n";
    return;
  }
  std::vector<std::vector<std::string>> rows = {{"CHANNEL_METHOD", "ORDERS"}};
  for (const auto& item : list) {
    const std::string method = item["channel_method"].get<std::string>();
    rows.push_back(
        {method.empty() ? "(none)" : method, std::to_string(item["orders"].get<long>())});
  }
  print_table(out, rows);
}

int list_mappings(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("ACCOUNT [--unmapped] [--json]",
                         "Lists an account's shipping method mappings.");
  options.add_positional("ACCOUNT", 1, "the account");
  options.add()("unmapped",
                "list the channel methods on the account's orders that have no "
                "mapping, with how many orders use each")("json", "print JSON");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ACCOUNT") == 0) {
    return usage_error(context, "the ACCOUNT is missing");
  }
  const std::string account_text = (*values)["ACCOUNT"].as<std::vector<std::string>>().front();
  const bool unmapped = values->count("unmapped") != 0;
  const auto store = open_hub_store(context);
  auto list = store::in_read_transaction(
      *store, [&](store::Transaction& transaction) -> domain::Result<ordered_json> {
        auto account = pipeline::find_account(transaction, account_text);
        if (!account) {
          return account.error();
        }
        return unmapped ? unmapped_json(transaction, account->id)
                        : mappings_json(transaction, account->id);
      });
  if (!list) {
    return command_failure(context, list.error().message);
  }
  if (values->count("json") != 0) {
    print_json(context.out, *list);
  } else if (unmapped) {
    print_unmapped(context.out, *list);
  } else {
    print_mappings(context.out, *list);
  }
  return kExitSuccess;
}

}  // namespace

Command mapping_list_command() {
  return Command{"list", "list an account's mappings, or its unmapped channel methods",
                 &list_mappings};
}

}  // namespace orderhub::cli
