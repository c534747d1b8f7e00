// write_documents.cpp: shipment, cancellation and refund documents for the channel.
#include "pipeline/actions/write_documents.h"

#include "pipeline/documents/document_values.h"
#include "pipeline/documents/order_document.h"

namespace orderhub::pipeline {

using nlohmann::json;

namespace {

json line_quantities(const std::vector<domain::LineQuantity>& lines) {
  json list = json::array();
  for (const domain::LineQuantity& line : lines) {
    list.push_back({{"line_id", line.line_id}, {"quantity", line.quantity}});
  }
  return list;
}

std::string key(std::string_view kind, domain::OrderId order, std::int64_t record) {
  return std::string(kind) + ":" + std::to_string(order.value) + ":" + std::to_string(record);
}

}  // namespace

std::string shipment_key(const domain::Shipment& shipment) {
  return key("ship", shipment.order_id, shipment.id);
}

std::string cancellation_key(const domain::Cancellation& cancellation) {
  return key("cancel", cancellation.order_id, cancellation.id);
}

std::string refund_key(const domain::Refund& refund) {
  return key("refund", refund.order_id, refund.id);
}

json order_for_channel(const domain::Order& order) {
  return to_document(order);
}

json shipment_document(const domain::Order& order, const domain::Shipment& shipment,
                       const std::string& code_to_send, const std::string& service_code) {
  return {{"schema", "orderhub.shipment/1"},
          {"idempotency_key", shipment_key(shipment)},
          {"order", order_for_channel(order)},
          {"shipment",
           {{"carrier", shipment.carrier},
            {"service", shipment.service},
            {"code_to_send", code_to_send},
            {"service_code", service_code},
            {"tracking_number", shipment.tracking_number},
            {"ship_date", domain::format_timestamp(shipment.ship_date)},
            {"lines", line_quantities(shipment.lines)}}}};
}

json cancellation_document(const domain::Order& order, const domain::Cancellation& cancellation,
                           bool full) {
  return {{"schema", "orderhub.cancellation/1"},
          {"idempotency_key", cancellation_key(cancellation)},
          {"order", order_for_channel(order)},
          {"reason", cancellation.reason},
          {"lines", line_quantities(cancellation.lines)},
          {"full", full},
          {"restock", cancellation.restock}};
}

json refund_document(const domain::Order& order, const domain::Refund& refund, bool full,
                     bool restock) {
  json lines = json::array();
  for (const domain::RefundLine& line : refund.lines) {
    lines.push_back({{"line_id", line.line_id},
                     {"quantity", line.quantity},
                     {"amount", money_to_json(line.amount)}});
  }
  return {{"schema", "orderhub.refund/1"},
          {"idempotency_key", refund_key(refund)},
          {"order", order_for_channel(order)},
          {"reason", refund.reason},
          {"notes", refund.notes},
          {"lines", lines},
          {"amount", money_to_json(refund.amount)},
          {"shipping", money_to_json(refund.shipping)},
          {"tax", money_to_json(refund.tax)},
          {"full", full},
          {"restock", restock}};
}

}  // namespace orderhub::pipeline
