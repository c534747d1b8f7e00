// "orderhub ship ORDER --tracking T [--carrier C] [--service S] [--date ISO] [--line LINE:QTY...]
// [--shipping-cost M]": records a shipment (and what it cost) and queues its upload to the
// channel.
#include <ostream>

#include "action_command_support.h"
#include "action_commands.h"
#include "orderhub/cli/command_options.h"

namespace orderhub::cli {
namespace {

namespace options = boost::program_options;

int ship(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions command(
      "ORDER --tracking T [--carrier C] [--service S] [--date ISO] [--line LINE:QTY...]",
      "Records a shipment of the whole order, or of the lines named with --line, and queues it "
      "for the channel when the channel takes shipment uploads and fulfillment.upload is on.\n"
      "--carrier and --service may be left out when the order's shipping method is mapped.\n"
      "A partial shipment leaves the order in_process and partially_shipped; a full one makes it "
      "completed. Refusals (unpaid, on hold, more than is left to ship...) exit 1 and change "
      "nothing.");
  command.add_positional("ORDER", 1, "hub order id (12) or ACCOUNT:CHANNEL_ORDER_ID");
  command.add()("carrier", options::value<std::string>()->value_name("C"),
                "carrier (default: the mapped one)")("service",
                                                     options::value<std::string>()->value_name("S"),
                                                     "service (default: the mapped one)")(
      "tracking", options::value<std::string>()->value_name("T"), "tracking number")(
      "date", options::value<std::string>()->value_name("ISO"),
      "ship date, YYYY-MM-DD or RFC 3339 (default: now)")(
      "line", options::value<std::vector<std::string>>()->value_name("LINE:QTY"),
      "ship QTY of line LINE (repeatable; default: everything left to ship)");
  command.add()("shipping-cost", options::value<std::string>()->value_name("M"),
                "what the shipment cost, a decimal in the order's currency (for its P&L)");
  int exit_code = kExitSuccess;
  const auto values = command.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ORDER") == 0) {
    return usage_error(context, "ORDER is required");
  }
  if (values->count("tracking") == 0) {
    return usage_error(context, "--tracking is required");
  }

  pipeline::ShipRequest request;
  request.tracking_number = (*values)["tracking"].as<std::string>();
  if (values->count("carrier") != 0) {
    request.carrier = (*values)["carrier"].as<std::string>();
  }
  if (values->count("service") != 0) {
    request.service = (*values)["service"].as<std::string>();
  }
  if (values->count("date") != 0) {
    auto date = parse_date_or_time("--date", (*values)["date"].as<std::string>());
    if (!date) {
      return command_failure(context, date.error().message);
    }
    request.ship_date = *date;
  }
  if (values->count("shipping-cost") != 0) {
    request.shipping_cost = (*values)["shipping-cost"].as<std::string>();
    if (request.shipping_cost.empty()) {
      return usage_error(context, "--shipping-cost is empty");
    }
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
  auto outcome = pipeline::ship_order(*store, *order_id, request, facts->channel(),
                                      pipeline::ActionContext{"cli", current_time()});
  if (!outcome) {
    return command_failure(context, outcome.error().message);
  }
  const domain::Shipment& shipment = outcome->shipment;
  context.out << pipeline::order_name(outcome->order) << ": shipment " << shipment.id
              << " recorded (" << shipment.lines.size()
              << (shipment.lines.size() == 1 ? " line" : " lines") << ") by " << shipment.carrier
              << (shipment.service.empty() ? "" : " " + shipment.service)
              << (shipment.tracking_number.empty() ? "" : ", tracking " + shipment.tracking_number)
              << "\n"
              << "status: " << to_string(outcome->order.status) << ", "
              << to_string(outcome->order.shipping_status) << "\n"
              << channel_line(outcome->channel) << "\n";
  if (outcome->invoice_upload) {
    context.out << "invoice " << outcome->invoice_upload->idempotency_key
                << " queued for the channel as outbox row " << outcome->invoice_upload->id << "\n";
  }
  return kExitSuccess;
}

}  // namespace

Command ship_command() {
  return Command{"ship", "record a shipment (carrier, service, tracking) and queue its upload",
                 &ship};
}

}  // namespace orderhub::cli
