// "orderhub refund ORDER [--amount M | --line LINE:QTY...] [--shipping M] [--tax M] [--local]
// [--as-discount] [--reason R] [--notes N] [--method M] [--reference REF] [--date ISO]
// [--operation-type T]": gives money back on an order.
#include <ostream>

#include "action_command_support.h"
#include "action_commands.h"
#include "orderhub/cli/command_options.h"

namespace orderhub::cli {
namespace {

namespace options = boost::program_options;

std::optional<std::string> text_option(const options::variables_map& values, const char* name) {
  if (values.count(name) == 0) {
    return std::nullopt;
  }
  return values[name].as<std::string>();
}

int refund(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions command(
      "ORDER [--amount M | --line LINE:QTY...] [--shipping M] [--tax M] [--local] "
      "[--as-discount] [--reason R] [--notes N] [--method M] [--reference REF] [--date ISO] "
      "[--operation-type T]",
      "Refunds money on an order that has a payment applied: an amount, or whole lines (unit "
      "price x quantity plus the line's share of tax), plus shipping and tax. With none of "
      "these, everything still refundable. Money is a decimal in the order's currency (12.34).\n"
      "The refund goes to the channel when it takes refunds and refund.send_to_channel is on; "
      "--local keeps it in the hub (operation type, method, reference and date are recorded); "
      "--as-discount takes it off what is owed while the order still ships. A full refund of an "
      "order with nothing shipped cancels it.");
  command.add_positional("ORDER", 1, "hub order id (12) or ACCOUNT:CHANNEL_ORDER_ID");
  command.add()("amount", options::value<std::string>()->value_name("M"), "amount to refund")(
      "line", options::value<std::vector<std::string>>()->value_name("LINE:QTY"),
      "refund QTY of line LINE (repeatable)")(
      "shipping", options::value<std::string>()->value_name("M"), "shipping to refund")(
      "tax", options::value<std::string>()->value_name("M"), "tax to refund")(
      "local", "record the refund in the hub only")(
      "as-discount", "take the amount off what is owed; the order still ships")(
      "reason", options::value<std::string>()->value_name("R"), "why")(
      "notes", options::value<std::string>()->value_name("N"), "notes")(
      "method", options::value<std::string>()->value_name("M"), "refund method")(
      "reference", options::value<std::string>()->value_name("REF"), "reference number")(
      "date", options::value<std::string>()->value_name("ISO"),
      "refund date, YYYY-MM-DD (default: today)")("operation-type",
                                                  options::value<std::string>()->value_name("T"),
                                                  "the payment method the money goes back through");
  int exit_code = kExitSuccess;
  const auto values = command.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ORDER") == 0) {
    return usage_error(context, "ORDER is required");
  }
  if (values->count("amount") != 0 && values->count("line") != 0) {
    return usage_error(context, "--amount and --line cannot be combined");
  }
  if (values->count("local") != 0 && values->count("as-discount") != 0) {
    return usage_error(context, "--local and --as-discount cannot be combined");
  }

  pipeline::RefundRequest request;
  request.amount = text_option(*values, "amount");
  request.shipping = text_option(*values, "shipping");
  request.tax = text_option(*values, "tax");
  request.local = values->count("local") != 0;
  request.as_discount = values->count("as-discount") != 0;
  request.reason = text_option(*values, "reason").value_or("");
  request.notes = text_option(*values, "notes").value_or("");
  request.method = text_option(*values, "method").value_or("");
  request.reference = text_option(*values, "reference").value_or("");
  request.operation_type = text_option(*values, "operation-type").value_or("");
  if (const auto date = text_option(*values, "date")) {
    auto parsed = domain::parse_date(*date);
    if (!parsed) {
      return command_failure(context, parsed.error().within("--date").message);
    }
    request.refund_date = *parsed;
  }
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
  auto outcome = pipeline::refund_order(*store, *order_id, request, facts->channel(),
                                        pipeline::ActionContext{"cli", current_time()});
  if (!outcome) {
    return command_failure(context, outcome.error().message);
  }
  const domain::Refund& refund = outcome->refund;
  context.out << pipeline::order_name(outcome->order) << ": refund " << refund.id << " of "
              << to_string(refund.amount) << " recorded (" << to_string(refund.form) << ")\n"
              << "status: " << to_string(outcome->order.status) << ", payment "
              << to_string(outcome->order.payment_status) << "\n";
  if (outcome->cancelled_order) {
    context.out << "nothing was shipped, so the fully refunded order is cancelled\n";
  }
  context.out << channel_line(outcome->channel) << "\n";
  return kExitSuccess;
}

}  // namespace

Command refund_command() {
  return Command{"refund", "refund money on an order (to the channel, locally, or as a discount)",
                 &refund};
}

}  // namespace orderhub::cli
