// "orderhub pnl cost add ORDER --label L --amount M" and "orderhub pnl cost remove ORDER
// COST_ID": the cost lines of an order entered by hand, for its profit and loss.
#include <charconv>
#include <ostream>

#include "action_command_support.h"
#include "hub_access.h"
#include "orderhub/cli/command_options.h"
#include "pnl_commands.h"

namespace orderhub::cli {
namespace {

namespace po = boost::program_options;

int add_cost(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("ORDER --label L --amount M",
                         "Adds a cost line to the order: --amount is a decimal in the order's\n"
                         "currency (\"4.50\").");
  options.add_positional("ORDER", 1, "hub order id (12) or ACCOUNT:CHANNEL_ORDER_ID");
  options.add()("label", po::value<std::string>()->value_name("L"), "what the cost is")(
      "amount", po::value<std::string>()->value_name("M"), "the amount, in the order's currency");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ORDER") == 0) {
    return usage_error(context, "the ORDER is missing");
  }
  for (const char* name : {"label", "amount"}) {
    if (values->count(name) == 0) {
      return usage_error(context, std::string("--") + name + " is required");
    }
  }
  const std::string label = (*values)["label"].as<std::string>();
  if (label.empty()) {
    return usage_error(context, "--label is empty");
  }
  for (char character : label) {
    if (static_cast<unsigned char>(character) < 0x20) {
      return usage_error(context, "--label contains a control character");
    }
  }
  const auto store = open_hub_store(context);
  auto order_id = find_order(*store, (*values)["ORDER"].as<std::vector<std::string>>().front());
  if (!order_id) {
    return command_failure(context, order_id.error().message);
  }
  std::unique_ptr<store::Transaction> transaction = store->begin_write();
  const domain::Order order = *transaction->orders().find(*order_id);
  auto amount = domain::parse_money((*values)["amount"].as<std::string>(), order.currency);
  if (!amount) {
    return command_failure(context, "--amount: " + amount.error().message);
  }
  domain::OrderCost cost;
  cost.order_id = *order_id;
  cost.kind = domain::CostKind::manual;
  cost.label = label;
  cost.amount = *amount;
  cost.created_at = current_time();
  cost.id = transaction->costs().add(cost);
  transaction->commit();
  context.out << "order " << order_id->value << ": cost " << cost.id << " " << domain::quoted(label)
              << " " << domain::to_string(cost.amount) << " added\n";
  return kExitSuccess;
}

int remove_cost(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("ORDER COST_ID", "Removes one cost line of the order.");
  options.add_positional("ARGUMENTS", 2, "the order and the cost id");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  const auto given = values->count("ARGUMENTS") == 0
                         ? std::vector<std::string>{}
                         : (*values)["ARGUMENTS"].as<std::vector<std::string>>();
  if (given.size() != 2) {
    return usage_error(context, "expected ORDER and COST_ID");
  }
  std::int64_t cost_id = 0;
  const auto [end, error] =
      std::from_chars(given[1].data(), given[1].data() + given[1].size(), cost_id);
  if (error != std::errc() || end != given[1].data() + given[1].size() || cost_id <= 0) {
    return usage_error(context,
                       "COST_ID " + domain::quoted(given[1]) + " is not a positive number");
  }
  const auto store = open_hub_store(context);
  auto order_id = find_order(*store, given[0]);
  if (!order_id) {
    return command_failure(context, order_id.error().message);
  }
  const bool removed = store::in_write_transaction(*store, [&](store::Transaction& transaction) {
    return transaction.costs().remove(*order_id, cost_id);
  });
  if (!removed) {
    return command_failure(context, "order " + std::to_string(order_id->value) + " has no cost " +
                                        std::to_string(cost_id));
  }
  context.out << "order " << order_id->value << ": cost " << cost_id << " removed\n";
  return kExitSuccess;
}

}  // namespace

int run_pnl_cost(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandRegistry subcommands;
  subcommands.add(Command{"add", "add a cost line to an order", &add_cost});
  subcommands.add(Command{"remove", "remove a cost line of an order", &remove_cost});
  const CommandContext cost_context{context.options, context.out, context.err,
                                    context.command_line_name + " cost"};
  return subcommands.dispatch(cost_context, arguments);
}

}  // namespace orderhub::cli
