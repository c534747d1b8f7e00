// "orderhub orders list [--account ID] [--status S] [--json] [--limit N]": orders by hub id.
#include <ostream>

#include "hub_access.h"
#include "hub_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/accounts/accounts.h"
#include "pipeline/orders/order_view.h"

namespace orderhub::cli {
namespace {

namespace po = boost::program_options;

int list_orders(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("[--account ID] [--status S] [--json] [--limit N]",
                         "Lists orders, oldest first.");
  options.add()("account", po::value<std::string>()->value_name("ID"), "only this account's")(
      "status", po::value<std::string>()->value_name("S"),
      "only this status: in_process, on_hold, completed, cancelled, problem or void")(
      "limit", po::value<int>()->value_name("N")->default_value(100),
      "at most N orders; -1 for all")("json", "print a JSON array");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  store::OrderFilter filter;
  filter.limit = (*values)["limit"].as<int>();
  if (values->count("status") != 0) {
    auto status = domain::parse_order_status((*values)["status"].as<std::string>());
    if (!status) {
      return command_failure(context, status.error().message);
    }
    filter.status = *status;
  }

  const auto store = open_hub_store(context);
  auto orders = store::in_read_transaction(
      *store, [&](store::Transaction& transaction) -> domain::Result<std::vector<domain::Order>> {
        if (values->count("account") != 0) {
          auto account =
              pipeline::find_account(transaction, (*values)["account"].as<std::string>());
          if (!account) {
            return account.error();
          }
          filter.account = account->id;
        }
        return transaction.orders().list(filter);
      });
  if (!orders) {
    return command_failure(context, orders.error().message);
  }

  if (values->count("json") != 0) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const domain::Order& order : *orders) {
      list.push_back(pipeline::order_to_json(order));
    }
    print_json(context.out, list);
    return kExitSuccess;
  }
  if (orders->empty()) {
    context.out << "no orders\n";
    return kExitSuccess;
  }
  std::vector<std::vector<std::string>> rows = {
      {"ID", "ACCOUNT", "CHANNEL_ORDER_ID", "STATUS", "SHIPPING", "PAYMENT", "TOTAL", "CREATED"}};
  for (const domain::Order& order : *orders) {
    rows.push_back({std::to_string(order.id.value), order.account.str(),
                    order.channel_order_id.str(), std::string(domain::to_string(order.status)),
                    std::string(domain::to_string(order.shipping_status)),
                    std::string(domain::to_string(order.payment_status)),
                    domain::to_string(order.totals.total),
                    domain::format_timestamp(order.created_at)});
  }
  print_table(context.out, rows);
  return kExitSuccess;
}

}  // namespace

Command orders_list_command() {
  return Command{"list", "list orders", &list_orders};
}

}  // namespace orderhub::cli
