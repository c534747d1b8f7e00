// Reading the write documents the host sends (orderhub.shipment/1, orderhub.cancellation/1,
// orderhub.refund/1) into the values the CS-Cart calls need, and building the
// orderhub.delivery_result/1 answer. A document that lacks what CS-Cart needs is refused with
// sdk::Error(INVALID_ARGUMENT) naming the field, e.g. `order.channel_order_id "A-1" is not a
// CS-Cart order id`.
#ifndef ORDERHUB_PLUGINS_CSCART_WRITE_REQUESTS_H
#define ORDERHUB_PLUGINS_CSCART_WRITE_REQUESTS_H

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::cscart {

struct Money {
  std::int64_t minor = 0;
  std::string currency;
};

struct LineQuantity {
  std::string line_id;  // the CS-Cart cart item id (the order mapping's line_id)
  std::int64_t quantity = 0;
};

// What a write needs of the stored order ("order" in every write document).
struct StoredOrder {
  std::string order_id;         // order.channel_order_id: the CS-Cart order_id, digits
  std::string shipping_id;      // order.channel_data.shipping_id; may be empty
  std::string shipping_method;  // order.shipping_method; may be empty
  std::map<std::string, std::string> sku_by_line;  // order.lines[].line_id -> sku (or title)
};

struct ShipmentRequest {
  std::string idempotency_key;
  StoredOrder order;
  std::string carrier;              // shipment.code_to_send when non-empty, else shipment.carrier
  std::string tracking_number;      // shipment.tracking_number; may be empty
  std::vector<LineQuantity> lines;  // shipment.lines with a quantity above 0
};

struct CancellationRequest {
  std::string idempotency_key;
  StoredOrder order;
  std::string reason;
  std::vector<LineQuantity> lines;
  bool full = false;
};

struct RefundLine {
  std::string line_id;
  std::int64_t quantity = 0;
  Money amount;
};

struct RefundRequest {
  std::string idempotency_key;
  StoredOrder order;
  std::string reason;
  std::string notes;
  std::vector<RefundLine> lines;
  Money amount;
  std::optional<Money> shipping;
  std::optional<Money> tax;
  bool full = false;
};

ShipmentRequest read_shipment_request(std::string_view document);
CancellationRequest read_cancellation_request(std::string_view document);
RefundRequest read_refund_request(std::string_view document);

// The line's SKU for a note: the stored SKU, else its title, else "item <line_id>".
std::string line_label(const StoredOrder& order, const std::string& line_id);

// {"schema": "orderhub.delivery_result/1", "channel_reference": ..., "already_applied": ...,
//  "message": ...}; channel_reference left out when empty.
std::string delivery_result(const std::string& channel_reference, bool already_applied,
                            const std::string& message);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_WRITE_REQUESTS_H
