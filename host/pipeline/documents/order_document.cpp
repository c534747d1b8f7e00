// order_document.cpp: the orderhub order JSON to and from domain::Order.
#include "pipeline/documents/order_document.h"

#include <set>

#include "pipeline/documents/document_values.h"

namespace orderhub::pipeline {
namespace {

using nlohmann::json;

[[noreturn]] void refuse(std::string field, std::string message) {
  throw FieldRefused{FieldError{std::move(field), std::move(message)}};
}

json line_to_json(const domain::OrderLine& line) {
  return {{"line_id", line.line_id},
          {"sku", line.sku},
          {"title", line.title},
          {"quantity", line.quantity},
          {"quantity_shipped", line.quantity_shipped},
          {"quantity_cancelled", line.quantity_cancelled},
          {"unit_price", money_to_json(line.unit_price)},
          {"tax", money_to_json(line.tax)},
          {"shipping", money_to_json(line.shipping)},
          {"discount", money_to_json(line.discount)}};
}

json totals_to_json(const domain::OrderTotals& totals) {
  return {{"items", money_to_json(totals.items)},
          {"shipping", money_to_json(totals.shipping)},
          {"tax", money_to_json(totals.tax)},
          {"discount", money_to_json(totals.discount)},
          {"total", money_to_json(totals.total)}};
}

// The stored channel_data text as the object the plugin gave; {} when there was none.
json channel_data_of(const domain::Order& order) {
  if (order.channel_data.empty()) {
    return json::object();
  }
  json data = json::parse(order.channel_data, nullptr, false);
  return data.is_object() ? data : json::object();
}

template <class Parse>
auto read_enum(const json& document, std::string_view key, Parse parse) {
  const std::string text = read_text(document, "", key, Presence::required);
  auto parsed = parse(text);
  if (!parsed) {
    refuse(std::string(key), parsed.error().message);
  }
  return *parsed;
}

domain::OrderLine read_line(const json& line_json, const std::string& path,
                            domain::Currency currency) {
  if (!line_json.is_object()) {
    refuse(path, "must be an order line object");
  }
  domain::OrderLine line;
  line.line_id = read_text(line_json, path, "line_id", Presence::required);
  if (line.line_id.empty()) {
    refuse(field_path(path, "line_id"), "is empty");
  }
  line.sku = read_text(line_json, path, "sku", Presence::optional);
  line.title = read_text(line_json, path, "title", Presence::optional);
  line.quantity = read_quantity(line_json, path, "quantity", Presence::required);
  line.quantity_shipped = read_quantity(line_json, path, "quantity_shipped", Presence::optional);
  line.quantity_cancelled =
      read_quantity(line_json, path, "quantity_cancelled", Presence::optional);
  if (line.quantity_shipped > line.quantity) {
    refuse(field_path(path, "quantity_shipped"), std::to_string(line.quantity_shipped) +
                                                     " is more than the line's quantity " +
                                                     std::to_string(line.quantity));
  }
  if (line.quantity_cancelled > line.quantity - line.quantity_shipped) {
    refuse(field_path(path, "quantity_cancelled"),
           std::to_string(line.quantity_cancelled) + " is more than the " +
               std::to_string(line.quantity - line.quantity_shipped) + " not shipped");
  }
  line.unit_price = read_money(line_json, path, "unit_price", currency, Presence::required);
  line.tax = read_money(line_json, path, "tax", currency, Presence::optional);
  line.shipping = read_money(line_json, path, "shipping", currency, Presence::optional);
  line.discount = read_money(line_json, path, "discount", currency, Presence::optional);
  return line;
}

domain::OrderTotals read_totals(const json& document, domain::Currency currency) {
  const json* totals = member(document, "", "totals", Presence::required);
  if (!totals->is_object()) {
    refuse("totals", "must be an object of items, shipping, tax, discount and total");
  }
  domain::OrderTotals result;
  result.items = read_money(*totals, "totals", "items", currency, Presence::required);
  result.shipping = read_money(*totals, "totals", "shipping", currency, Presence::required);
  result.tax = read_money(*totals, "totals", "tax", currency, Presence::required);
  result.discount = read_money(*totals, "totals", "discount", currency, Presence::required);
  result.total = read_money(*totals, "totals", "total", currency, Presence::required);
  return result;
}

std::vector<domain::OrderLine> read_lines(const json& document, domain::Currency currency) {
  const json* lines = member(document, "", "lines", Presence::required);
  if (!lines->is_array() || lines->empty()) {
    refuse("lines", "must be a non-empty array of order lines");
  }
  std::vector<domain::OrderLine> result;
  std::set<std::string> line_ids;
  for (std::size_t index = 0; index < lines->size(); ++index) {
    const std::string path = "lines/" + std::to_string(index);
    domain::OrderLine line = read_line((*lines)[index], path, currency);
    if (!line_ids.insert(line.line_id).second) {
      refuse(field_path(path, "line_id"),
             domain::quoted(line.line_id) + " appears more than once in the order");
    }
    result.push_back(std::move(line));
  }
  return result;
}

domain::Order read_order(const json& document, const domain::AccountId& account) {
  if (!document.is_object()) {
    refuse("", "an order must be a JSON object");
  }
  domain::Order order;
  order.account = account;

  const std::string channel_order_id =
      read_text(document, "", "channel_order_id", Presence::required);
  auto parsed_id = domain::ChannelOrderId::parse(channel_order_id);
  if (!parsed_id) {
    refuse("channel_order_id", parsed_id.error().message);
  }
  order.channel_order_id = *parsed_id;
  order.created_at = read_timestamp(document, "", "created_at");
  order.updated_at = read_timestamp(document, "", "updated_at");

  const std::string currency_code = read_text(document, "", "currency", Presence::required);
  auto currency = domain::Currency::parse(currency_code);
  if (!currency) {
    refuse("currency", currency.error().message);
  }
  order.currency = *currency;

  order.payment_status = read_enum(document, "payment_status", domain::parse_payment_status);
  order.shipping_status = read_enum(document, "shipping_status", domain::parse_shipping_status);
  const bool cancelled = read_flag(document, "", "cancelled", false);
  order.third_party_managed = read_flag(document, "", "third_party_managed", false);
  order.channel_status = read_text(document, "", "channel_status", Presence::optional);
  order.marketplace = read_text(document, "", "marketplace", Presence::optional);
  order.buyer = read_buyer(document, "", "buyer");
  order.ship_to = read_address(document, "", "ship_to");
  order.bill_to = read_address(document, "", "bill_to");
  order.shipping.channel_method = read_text(document, "", "shipping_method", Presence::optional);

  order.totals = read_totals(document, order.currency);
  order.paid = read_money(document, "", "paid", order.currency, Presence::optional);
  order.refunded = domain::Money::zero(order.currency);
  order.discount_added = domain::Money::zero(order.currency);
  order.lines = read_lines(document, order.currency);

  if (const json* data = member(document, "", "channel_data", Presence::optional)) {
    if (!data->is_object()) {
      refuse("channel_data", "must be an object");
    }
    order.channel_data = data->dump();
  }
  order.raw = read_text(document, "", "raw", Presence::optional);

  if (cancelled) {
    order.status = domain::OrderStatus::cancelled;
  } else if (order.shipping_status == domain::ShippingStatus::fully_shipped) {
    order.status = domain::OrderStatus::completed;
  } else {
    order.status = domain::OrderStatus::in_process;
  }
  return order;
}

}  // namespace

json to_document(const domain::Order& order) {
  json lines = json::array();
  for (const domain::OrderLine& line : order.lines) {
    lines.push_back(line_to_json(line));
  }
  json document = {{"channel_order_id", order.channel_order_id.str()},
                   {"created_at", domain::format_timestamp(order.created_at)},
                   {"updated_at", domain::format_timestamp(order.updated_at)},
                   {"currency", std::string(order.currency.code())},
                   {"channel_status", order.channel_status},
                   {"payment_status", std::string(domain::to_string(order.payment_status))},
                   {"shipping_status", std::string(domain::to_string(order.shipping_status))},
                   {"cancelled", order.status == domain::OrderStatus::cancelled},
                   {"third_party_managed", order.third_party_managed},
                   {"buyer", buyer_to_json(order.buyer)},
                   {"ship_to", address_to_json(order.ship_to)},
                   {"shipping_method", order.shipping.channel_method},
                   {"totals", totals_to_json(order.totals)},
                   {"paid", money_to_json(order.paid)},
                   {"lines", std::move(lines)},
                   {"channel_data", channel_data_of(order)}};
  if (!order.marketplace.empty()) {
    document["marketplace"] = order.marketplace;
  }
  if (order.bill_to != domain::Address{}) {
    document["bill_to"] = address_to_json(order.bill_to);
  }
  return document;
}

FieldResult<domain::Order> from_document(const nlohmann::json& document,
                                         const domain::AccountId& account) {
  try {
    return read_order(document, account);
  } catch (const FieldRefused& refused) {
    return refused.error;
  }
}

}  // namespace orderhub::pipeline
