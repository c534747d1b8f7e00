// "orderhub orders show ORDER [--json]": one order, named by its hub id or
// ACCOUNT:CHANNEL_ORDER_ID.
#include <ostream>

#include "hub_access.h"
#include "hub_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/orders/order_overrides_view.h"
#include "pipeline/orders/order_reference.h"
#include "pipeline/orders/order_view.h"

namespace orderhub::cli {
namespace {

std::string address_text(const domain::Address& address) {
  std::string text;
  for (const std::string* part :
       {&address.name, &address.company, &address.line1, &address.line2, &address.city,
        &address.state, &address.postal_code, &address.country}) {
    if (!part->empty()) {
      text += (text.empty() ? "" : ", ") + *part;
    }
  }
  return text.empty() ? "-" : text;
}

std::string yes_no(bool value) {
  return value ? "yes" : "no";
}

void print_order(std::ostream& out, const domain::Order& order,
                 const domain::OrderOverrides& overrides) {
  const domain::ShippingChoice& shipping = order.shipping;
  const std::string mapped = shipping.unmapped ? "unmapped"
                                               : shipping.carrier + " " + shipping.service +
                                                     (shipping.rush ? " (rush)" : "");
  print_table(
      out, {{"order:", std::to_string(order.id.value) + " (" + order.account.str() + ":" +
                           order.channel_order_id.str() + ")"},
            {"status:", std::string(domain::to_string(order.status))},
            {"shipping_status:", std::string(domain::to_string(order.shipping_status))},
            {"payment_status:", std::string(domain::to_string(order.payment_status))},
            {"channel_status:", order.channel_status.empty() ? "-" : order.channel_status},
            {"channel_notified_for_shipping:", yes_no(order.channel_notified_for_shipping)},
            {"invoice_sent_to_channel:", yes_no(order.invoice_sent_to_channel)},
            {"third_party_managed:", yes_no(order.third_party_managed)},
            {"created:", domain::format_timestamp(order.created_at)},
            {"updated:", domain::format_timestamp(order.updated_at)},
            {"imported:", domain::format_timestamp(order.imported_at)},
            {"buyer:",
             order.buyer.name + (order.buyer.email.empty() ? "" : " <" + order.buyer.email + ">")},
            {"ship to:", address_text(order.ship_to)},
            {"shipping:", domain::quoted(shipping.channel_method) + " -> " + mapped},
            {"items:", domain::to_string(order.totals.items)},
            {"shipping cost:", domain::to_string(order.totals.shipping)},
            {"tax:", domain::to_string(order.totals.tax)},
            {"discount:", domain::to_string(order.totals.discount)},
            {"total:", domain::to_string(order.totals.total)},
            {"paid:", domain::to_string(order.paid)},
            {"refunded:", domain::to_string(order.refunded)},
            {"hold reason:", order.hold_reason.empty() ? "-" : order.hold_reason},
            {"notes:", order.notes.empty() ? "-" : order.notes}});
  if (overrides != domain::OrderOverrides{order.id}) {
    std::vector<std::vector<std::string>> rows = {
        {"invoice plugin:", overrides.invoice_plugin.empty() ? "-" : overrides.invoice_plugin},
        {"invoice template:",
         overrides.invoice_template.empty() ? "-" : overrides.invoice_template},
        {"skip fulfilment upload:", yes_no(overrides.skip_fulfilment_upload)}};
    for (const auto& [name, value] : overrides.custom_fields) {
      rows.push_back({"custom " + name + ":", value});
    }
    print_table(out, rows);
  }
  out << "lines:\n";
  std::vector<std::vector<std::string>> rows = {
      {"  LINE", "SKU", "TITLE", "QTY", "SHIPPED", "CANCELLED", "REFUNDED", "UNIT_PRICE"}};
  for (const domain::OrderLine& line : order.lines) {
    rows.push_back({"  " + line.line_id, line.sku, line.title, std::to_string(line.quantity),
                    std::to_string(line.quantity_shipped), std::to_string(line.quantity_cancelled),
                    std::to_string(line.quantity_refunded), domain::to_string(line.unit_price)});
  }
  print_table(out, rows);
}

int show_order(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("ORDER [--json]",
                         "Shows an order. ORDER is the hub order id (42) or "
                         "ACCOUNT:CHANNEL_ORDER_ID (shop:1001).");
  options.add_positional("ORDER", 1, "the order");
  options.add()("json", "print JSON")("raw", "with --json, include the channel's raw payload");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ORDER") == 0) {
    return usage_error(context, "the ORDER is missing");
  }
  const std::string reference = (*values)["ORDER"].as<std::vector<std::string>>().front();
  const auto store = open_hub_store(context);
  domain::OrderOverrides overrides;
  auto order = store::in_read_transaction(
      *store, [&](store::Transaction& transaction) -> domain::Result<domain::Order> {
        auto id = pipeline::resolve_order_reference(transaction, reference);
        if (!id) {
          return id.error();
        }
        overrides = transaction.order_overrides().find(*id);
        return *transaction.orders().find(*id);
      });
  if (!order) {
    return command_failure(context, order.error().message);
  }
  if (values->count("json") != 0) {
    nlohmann::ordered_json json = pipeline::order_to_json(
        *order, values->count("raw") != 0 ? pipeline::IncludeRaw::yes : pipeline::IncludeRaw::no);
    pipeline::add_overrides_to_json(json, overrides);
    print_json(context.out, json);
  } else {
    print_order(context.out, *order, overrides);
  }
  return kExitSuccess;
}

}  // namespace

Command orders_show_command() {
  return Command{"show", "show one order", &show_order};
}

}  // namespace orderhub::cli
