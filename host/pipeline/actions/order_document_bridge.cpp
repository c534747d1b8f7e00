// order_document_bridge.cpp: the "order" member of write documents, in the orderhub order shape of
// docs/documents.md (the stored order without its raw payload).
#include "pipeline/actions/write_documents.h"

namespace orderhub::pipeline {

using nlohmann::json;

namespace {

json address_document(const domain::Address& address) {
  return {{"name", address.name},         {"company", address.company},
          {"line1", address.line1},       {"line2", address.line2},
          {"city", address.city},         {"state", address.state},
          {"postal_code", address.postal_code}, {"phone", address.phone}}; 
}

json with_country(json address, const std::string& country) {
  if (!country.empty()) {
    address["country"] = country;
  }
  return address;
}

}  // namespace

json order_for_channel(const domain::Order& order) {
  json lines = json::array();
  for (const domain::OrderLine& line : order.lines) {
    lines.push_back({{"line_id", line.line_id},
                     {"sku", line.sku},
                     {"title", line.title},
                     {"quantity", line.quantity},
                     {"quantity_shipped", line.quantity_shipped},
                     {"quantity_cancelled", line.quantity_cancelled},
                     {"unit_price", money_document(line.unit_price)},
                     {"tax", money_document(line.tax)},
                     {"shipping", money_document(line.shipping)},
                     {"discount", money_document(line.discount)}});
  }
  json channel_data = json::object();
  if (!order.channel_data.empty()) {
    channel_data = json::parse(order.channel_data, nullptr, false);
    if (!channel_data.is_object()) {
      channel_data = json::object();
    }
  }
  json document = {
      {"channel_order_id", order.channel_order_id.str()},
      {"created_at", domain::format_timestamp(order.created_at)},
      {"updated_at", domain::format_timestamp(order.updated_at)},
      {"currency", std::string(order.currency.code())},
      {"channel_status", order.channel_status},
      {"payment_status", std::string(domain::to_string(order.payment_status))},
      {"shipping_status", std::string(domain::to_string(order.shipping_status))},
      {"cancelled", order.status == domain::OrderStatus::cancelled},
      {"third_party_managed", order.third_party_managed},
      {"buyer",
       {{"name", order.buyer.name}, {"email", order.buyer.email}, {"phone", order.buyer.phone}}},
      {"ship_to", with_country(address_document(order.ship_to), order.ship_to.country)},
      {"bill_to", with_country(address_document(order.bill_to), order.bill_to.country)},
      {"shipping_method", order.shipping.channel_method},
      {"totals",
       {{"items", money_document(order.totals.items)},
        {"shipping", money_document(order.totals.shipping)},
        {"tax", money_document(order.totals.tax)},
        {"discount", money_document(order.totals.discount)},
        {"total", money_document(order.totals.total)}}},
      {"paid", money_document(order.paid)},
      {"lines", lines},
      {"channel_data", channel_data}};
  if (!order.marketplace.empty()) {
    document["marketplace"] = order.marketplace;
  }
  return document;
}

}  // namespace orderhub::pipeline
