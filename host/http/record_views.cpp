// record_views.cpp: JSON views of an order's records and of outbox rows.
#include "http/record_views.h"

#include "pipeline/documents/document_values.h"

namespace orderhub::http {
namespace {

nlohmann::ordered_json lines_json(const std::vector<domain::LineQuantity>& lines) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const domain::LineQuantity& line : lines) {
    array.push_back({{"line_id", line.line_id}, {"quantity", line.quantity}});
  }
  return array;
}

nlohmann::ordered_json time_or_null(const std::optional<domain::Timestamp>& time) {
  return time ? nlohmann::ordered_json(domain::format_timestamp(*time)) : nullptr;
}

}  // namespace

nlohmann::ordered_json shipment_to_json(const domain::Shipment& shipment) {
  return {{"id", shipment.id},
          {"carrier", shipment.carrier},
          {"service", shipment.service},
          {"tracking_number", shipment.tracking_number},
          {"ship_date", domain::format_timestamp(shipment.ship_date)},
          {"lines", lines_json(shipment.lines)},
          {"created_at", domain::format_timestamp(shipment.created_at)}};
}

nlohmann::ordered_json cancellation_to_json(const domain::Cancellation& cancellation) {
  return {{"id", cancellation.id},
          {"form", std::string(to_string(cancellation.form))},
          {"reason", cancellation.reason},
          {"lines", lines_json(cancellation.lines)},
          {"restock", cancellation.restock},
          {"created_at", domain::format_timestamp(cancellation.created_at)}};
}

nlohmann::ordered_json refund_to_json(const domain::Refund& refund) {
  nlohmann::ordered_json lines = nlohmann::ordered_json::array();
  for (const domain::RefundLine& line : refund.lines) {
    lines.push_back({{"line_id", line.line_id},
                     {"quantity", line.quantity},
                     {"amount", pipeline::money_to_json(line.amount)}});
  }
  return {{"id", refund.id},
          {"form", std::string(to_string(refund.form))},
          {"amount", pipeline::money_to_json(refund.amount)},
          {"shipping", pipeline::money_to_json(refund.shipping)},
          {"tax", pipeline::money_to_json(refund.tax)},
          {"lines", lines},
          {"reason", refund.reason},
          {"notes", refund.notes},
          {"refund_date", domain::format_date(refund.refund_date)},
          {"created_at", domain::format_timestamp(refund.created_at)}};
}

nlohmann::ordered_json rma_to_json(const domain::Rma& rma) {
  return {{"id", rma.id},
          {"status", std::string(to_string(rma.status))},
          {"lines", lines_json(rma.lines)},
          {"reason", rma.reason},
          {"restock", rma.restock},
          {"refunded", rma.refunded},
          {"created_at", domain::format_timestamp(rma.created_at)},
          {"received_at", time_or_null(rma.received_at)}};
}

nlohmann::ordered_json outbox_row_to_json(const domain::OutboxRow& row) {
  return {{"id", row.id},
          {"account", row.account.str()},
          {"order_id", row.order_id ? nlohmann::ordered_json(row.order_id->value) : nullptr},
          {"kind", std::string(to_string(row.kind))},
          {"state", std::string(to_string(row.state))},
          {"idempotency_key", row.idempotency_key},
          {"attempts", row.attempts},
          {"next_attempt_at", domain::format_timestamp(row.next_attempt_at)},
          {"lease_until", time_or_null(row.lease_until)},
          {"last_error", row.last_error},
          {"channel_reference", row.channel_reference},
          {"created_at", domain::format_timestamp(row.created_at)},
          {"done_at", time_or_null(row.done_at)}};
}

}  // namespace orderhub::http
