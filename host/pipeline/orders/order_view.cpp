// order_view.cpp: the JSON views of orders, history events and quarantined orders.
#include "pipeline/orders/order_view.h"

#include "pipeline/documents/document_values.h"

namespace orderhub::pipeline {
namespace {

using nlohmann::ordered_json;

ordered_json money(const domain::Money& amount) {
  return {{"minor", amount.minor}, {"currency", std::string(amount.currency.code())}};
}

ordered_json line_json(const domain::OrderLine& line) {
  ordered_json json = ordered_json::object();
  json["line_id"] = line.line_id;
  json["sku"] = line.sku;
  json["title"] = line.title;
  json["quantity"] = line.quantity;
  json["quantity_shipped"] = line.quantity_shipped;
  json["quantity_cancelled"] = line.quantity_cancelled;
  json["quantity_refunded"] = line.quantity_refunded;
  json["quantity_returned"] = line.quantity_returned;
  json["unit_price"] = money(line.unit_price);
  json["tax"] = money(line.tax);
  json["shipping"] = money(line.shipping);
  json["discount"] = money(line.discount);
  return json;
}

ordered_json recorded(const std::string& text) {
  if (text.empty()) {
    return nullptr;
  }
  ordered_json parsed = ordered_json::parse(text, nullptr, false);
  return parsed.is_discarded() ? ordered_json(text) : parsed;
}

}  // namespace

ordered_json order_to_json(const domain::Order& order, IncludeRaw include_raw) {
  ordered_json json = ordered_json::object();
  json["id"] = order.id.value;
  json["account"] = order.account.str();
  json["channel_order_id"] = order.channel_order_id.str();
  json["status"] = std::string(domain::to_string(order.status));
  json["shipping_status"] = std::string(domain::to_string(order.shipping_status));
  json["payment_status"] = std::string(domain::to_string(order.payment_status));
  json["channel_notified_for_shipping"] = order.channel_notified_for_shipping;
  json["invoice_sent_to_channel"] = order.invoice_sent_to_channel;
  json["third_party_managed"] = order.third_party_managed;
  json["channel_status"] = order.channel_status;
  json["marketplace"] = order.marketplace;
  json["created_at"] = domain::format_timestamp(order.created_at);
  json["updated_at"] = domain::format_timestamp(order.updated_at);
  json["imported_at"] = domain::format_timestamp(order.imported_at);
  json["currency"] = std::string(order.currency.code());
  json["buyer"] = buyer_to_json(order.buyer);
  json["ship_to"] = address_to_json(order.ship_to);
  json["bill_to"] = address_to_json(order.bill_to);
  json["shipping"] = {{"channel_method", order.shipping.channel_method},
                      {"carrier", order.shipping.carrier},
                      {"service", order.shipping.service},
                      {"code_to_send", order.shipping.code_to_send},
                      {"service_code", order.shipping.service_code},
                      {"rush", order.shipping.rush},
                      {"unmapped", order.shipping.unmapped}};
  json["totals"] = {{"items", money(order.totals.items)},
                    {"shipping", money(order.totals.shipping)},
                    {"tax", money(order.totals.tax)},
                    {"discount", money(order.totals.discount)},
                    {"total", money(order.totals.total)}};
  json["paid"] = money(order.paid);
  json["refunded"] = money(order.refunded);
  json["discount_added"] = money(order.discount_added);
  json["hold_reason"] = order.hold_reason;
  json["notes"] = order.notes;
  ordered_json lines = ordered_json::array();
  for (const domain::OrderLine& line : order.lines) {
    lines.push_back(line_json(line));
  }
  json["lines"] = std::move(lines);
  json["channel_data"] = recorded(order.channel_data);
  if (include_raw == IncludeRaw::yes) {
    json["raw"] = order.raw;
  }
  return json;
}

ordered_json history_event_to_json(const domain::HistoryEvent& event) {
  ordered_json json = ordered_json::object();
  json["id"] = event.id;
  json["order_id"] = event.order_id.value;
  json["at"] = domain::format_timestamp(event.at);
  json["actor"] = event.actor;
  json["kind"] = event.kind;
  json["summary"] = event.summary;
  json["before"] = recorded(event.before_json);
  json["after"] = recorded(event.after_json);
  return json;
}

ordered_json quarantined_order_to_json(const domain::QuarantinedOrder& order) {
  ordered_json json = ordered_json::object();
  json["id"] = order.id;
  json["account"] = order.account.str();
  json["channel_order_id"] =
      order.channel_order_id ? ordered_json(*order.channel_order_id) : ordered_json(nullptr);
  json["field"] = order.field;
  json["message"] = order.message;
  json["at"] = domain::format_timestamp(order.at);
  json["raw"] = order.raw;
  return json;
}

}  // namespace orderhub::pipeline
