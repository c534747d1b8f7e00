// "orderhub rma create ORDER --line LINE:QTY... --reason R" and
// "orderhub rma receive RMA [--restock] [--refund] [--local]": returns of shipped items.
#include <charconv>
#include <ostream>

#include "action_command_support.h"
#include "action_commands.h"
#include "orderhub/cli/command_options.h"

namespace orderhub::cli {
namespace {

namespace options = boost::program_options;

int create(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions command("ORDER --line LINE:QTY... --reason R",
                         "Opens a return (RMA) for shipped items coming back. Each line's "
                         "quantity must be shipped and not on an earlier RMA.");
  command.add_positional("ORDER", 1, "hub order id (12) or ACCOUNT:CHANNEL_ORDER_ID");
  command.add()("line", options::value<std::vector<std::string>>()->value_name("LINE:QTY"),
                "QTY of line LINE is coming back (repeatable)")(
      "reason", options::value<std::string>()->value_name("R"), "why it comes back");
  int exit_code = kExitSuccess;
  const auto values = command.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ORDER") == 0) {
    return usage_error(context, "ORDER is required");
  }
  if (values->count("line") == 0) {
    return usage_error(context, "--line is required");
  }
  if (values->count("reason") == 0) {
    return usage_error(context, "--reason is required");
  }
  pipeline::RmaRequest request;
  request.reason = (*values)["reason"].as<std::string>();
  auto lines = parse_lines((*values)["line"].as<std::vector<std::string>>());
  if (!lines) {
    return command_failure(context, lines.error().message);
  }
  request.lines = *lines;

  const auto store = open_hub_store(context);
  auto order_id = find_order(*store, (*values)["ORDER"].as<std::vector<std::string>>().front());
  if (!order_id) {
    return command_failure(context, order_id.error().message);
  }
  auto outcome = pipeline::create_rma(*store, *order_id, request,
                                      pipeline::ActionContext{"cli", current_time()});
  if (!outcome) {
    return command_failure(context, outcome.error().message);
  }
  context.out << "RMA " << outcome->rma.id << " created for "
              << pipeline::order_name(outcome->order) << ": "
              << pipeline::describe_lines(outcome->rma.lines) << "\n"
              << "receive it with `orderhub rma receive " << outcome->rma.id
              << " [--restock] [--refund]`\n";
  return kExitSuccess;
}

int receive(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions command("RMA [--restock] [--refund] [--local]",
                         "Records that the items of an RMA are back. --restock puts them back in "
                         "stock; --refund refunds the returned lines (unit price x quantity plus "
                         "their tax share) by the refund rules, --local keeping that refund in "
                         "the hub.");
  command.add_positional("RMA", 1, "the RMA's number");
  command.add()("restock", "put the returned items back in stock")(
      "refund", "refund the returned lines")("local", "with --refund: a local refund only");
  int exit_code = kExitSuccess;
  const auto values = command.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("RMA") == 0) {
    return usage_error(context, "RMA is required");
  }
  const std::string text = (*values)["RMA"].as<std::vector<std::string>>().front();
  std::int64_t rma_id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), rma_id);
  if (error != std::errc{} || end != text.data() + text.size() || rma_id <= 0) {
    return usage_error(context, "RMA " + domain::quoted(text) + " is not an RMA number");
  }
  pipeline::RmaReceiptRequest request;
  request.restock = values->count("restock") != 0;
  request.refund = values->count("refund") != 0;
  request.local = values->count("local") != 0;

  const auto store = open_hub_store(context);
  const std::unique_ptr<store::Transaction> reading = store->begin_read();
  const std::optional<domain::Rma> rma = reading->fulfilment().find_rma(rma_id);
  if (!rma) {
    return command_failure(context, "there is no RMA " + text);
  }
  const domain::AccountId account = reading->orders().find(rma->order_id)->account;
  auto facts = account_facts(context, *store, account);
  if (!facts) {
    return command_failure(context, facts.error().message);
  }
  auto outcome = pipeline::receive_rma(*store, rma_id, request, facts->channel(),
                                       pipeline::ActionContext{"cli", current_time()});
  if (!outcome) {
    return command_failure(context, outcome.error().message);
  }
  context.out << "RMA " << outcome->rma.id << " received for "
              << pipeline::order_name(outcome->order) << ": "
              << pipeline::describe_lines(outcome->rma.lines) << "\n";
  for (const pipeline::Restock& restock : outcome->restocked) {
    context.out << "restocked " << restock.sku << " x" << restock.quantity << "\n";
  }
  if (outcome->refund) {
    context.out << "refund " << outcome->refund->refund.id << " of "
                << to_string(outcome->refund->refund.amount) << " recorded ("
                << to_string(outcome->refund->refund.form) << "), payment "
                << to_string(outcome->order.payment_status) << "\n"
                << channel_line(outcome->refund->channel) << "\n";
  }
  return kExitSuccess;
}

}  // namespace

Command rma_command() {
  return Command{"rma", "returns of shipped items: create an RMA, receive it",
                 [](const CommandContext& context, const std::vector<std::string>& arguments) {
                   CommandRegistry subcommands;
                   subcommands.add(Command{"create", "open an RMA for shipped items", &create});
                   subcommands.add(Command{
                       "receive", "record an RMA's items as back (restock, refund)", &receive});
                   return subcommands.dispatch(context, arguments);
                 }};
}

}  // namespace orderhub::cli
