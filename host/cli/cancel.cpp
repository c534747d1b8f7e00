// "orderhub cancel ORDER [--internal | --void] [--reason R] [--line LINE:QTY...] [--restock]":
// cancels an order (or some of it) before Ship Confirmed: on the channel, internally, or as a void.
#include <ostream>

#include "action_command_support.h"
#include "action_commands.h"
#include "orderhub/cli/command_options.h"

namespace orderhub::cli {
namespace {

namespace options = boost::program_options;

int cancel(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions command(
      "ORDER [--internal | --void] [--reason R] [--line LINE:QTY...] [--restock]",
      "Cancels the order, or the quantities named with --line, before it is Ship Confirmed.\n"
      "Without --internal or --void the cancellation is sent to the channel, which only channels "
      "that cancel through the hub allow. --internal records it in the hub only; --void hides the "
      "order (nothing is sent). Shipped quantities cannot be cancelled: use `orderhub refund` or "
      "`orderhub rma create`. --restock puts the cancelled quantities back in stock.");
  command.add_positional("ORDER", 1, "hub order id (12) or ACCOUNT:CHANNEL_ORDER_ID");
  command.add()("internal", "cancel in the hub only; nothing is sent to the channel")(
      "void", "void the whole order (hidden); nothing is sent")(
      "reason", options::value<std::string>()->value_name("R"), "why")(
      "line", options::value<std::vector<std::string>>()->value_name("LINE:QTY"),
      "cancel QTY of line LINE (repeatable; default: everything not shipped)")(
      "restock", "put the cancelled quantities back in stock");
  int exit_code = kExitSuccess;
  const auto values = command.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ORDER") == 0) {
    return usage_error(context, "ORDER is required");
  }
  if (values->count("internal") != 0 && values->count("void") != 0) {
    return usage_error(context, "--internal and --void cannot be combined");
  }

  pipeline::CancelRequest request;
  request.form = values->count("void") != 0       ? domain::CancellationForm::void_order
                 : values->count("internal") != 0 ? domain::CancellationForm::internal
                                                  : domain::CancellationForm::on_channel;
  if (values->count("reason") != 0) {
    request.reason = (*values)["reason"].as<std::string>();
  }
  request.restock = values->count("restock") != 0;
  if (values->count("line") != 0) {
    auto lines = parse_lines((*values)["line"].as<std::vector<std::string>>());
    if (!lines) {
      return command_failure(context, lines.error().message);
    }
    request.lines = *lines;
  }

  const auto store = open_hub_store(context);
  auto order_id = find_order(*store, (*values)["ORDER"].as<std::vector<std::string>>().front());
  if (!order_id) {
    return command_failure(context, order_id.error().message);
  }
  const domain::AccountId account = store->begin_read()->orders().find(*order_id)->account;
  auto facts = account_facts(context, *store, account);
  if (!facts) {
    return command_failure(context, facts.error().message);
  }
  auto outcome = pipeline::cancel_order(*store, *order_id, request, facts->channel(),
                                        pipeline::ActionContext{"cli", current_time()});
  if (!outcome) {
    return command_failure(context, outcome.error().message);
  }
  const domain::Cancellation& cancellation = outcome->cancellation;
  context.out << pipeline::order_name(outcome->order) << ": cancellation " << cancellation.id
              << " recorded (" << to_string(cancellation.form) << ", "
              << (outcome->full ? "the whole order" : "part of the order") << ")\n"
              << "status: " << to_string(outcome->order.status) << "\n";
  for (const pipeline::Restock& restock : outcome->restocked) {
    context.out << "restocked " << restock.sku << " x" << restock.quantity << "\n";
  }
  context.out << channel_line(outcome->channel) << "\n";
  return kExitSuccess;
}

}  // namespace

Command cancel_command() {
  return Command{"cancel",
                 "cancel an order before Ship Confirmed (on the channel, internally, or void)",
                 &cancel};
}

}  // namespace orderhub::cli
