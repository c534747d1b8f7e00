// Reading the write documents the host sends (orderhub.shipment/1, cancellation/1, refund/1,
// acknowledgement/1, inventory_update/1) into the values the Supplier Oasis calls need, and the
// orderhub.delivery_result/1 answer. A document lacking what a call needs is refused with
// sdk::Error(INVALID_ARGUMENT) naming the field.
#ifndef ORDERHUB_PLUGINS_OVERSTOCK_WRITE_REQUESTS_H
#define ORDERHUB_PLUGINS_OVERSTOCK_WRITE_REQUESTS_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::overstock {

struct LineQuantity {
  std::string line_id;  // salesChannelLineId
  std::int64_t quantity = 0;
};

// What a write needs of the stored order ("order" in every write document).
struct StoredOrder {
  std::string order_number;        // order.channel_order_id: salesChannelOrderNumber
  std::string sales_channel_name;  // order.channel_data.sales_channel_name, else "OSTK"
};

struct ShipmentRequest {
  std::string idempotency_key;
  StoredOrder order;
  std::string carrier_code;        // shipment.code_to_send, else the carrier in Overstock's form
  std::string service_level_code;  // shipment.service_code, else the service in Overstock's form
  std::string tracking_number;
  std::string ship_date;  // shipment.ship_date, as sent
  std::vector<LineQuantity> lines;
};

// Overstock's reason codes for a short ship (SYNTHETIC: no public list exists).
enum class CancelReason { out_of_stock, customer_request, undeliverable_address, other };

struct CancellationRequest {
  std::string idempotency_key;
  StoredOrder order;
  CancelReason reason = CancelReason::other;
  std::vector<LineQuantity> lines;
};

struct MinorAmount {
  std::int64_t minor = 0;
  std::string currency;
};

struct RefundLine {
  std::string line_id;
  std::int64_t quantity = 0;
  MinorAmount amount;
};

struct RefundRequest {
  std::string idempotency_key;
  StoredOrder order;
  std::string reason;
  std::string notes;
  std::vector<RefundLine> lines;
  MinorAmount amount;
  MinorAmount shipping;
  bool full = false;
};

struct AcknowledgementRequest {
  std::string idempotency_key;
  std::vector<StoredOrder> orders;
};

struct InventoryItem {
  std::string sku;
  std::int64_t quantity = 0;
  std::int64_t quantity_on_order = 0;
  std::optional<std::string> expected_delivery_date;  // YYYY-MM-DD
};

struct InventoryRequest {
  std::string idempotency_key;
  std::vector<InventoryItem> items;
};

ShipmentRequest read_shipment_request(std::string_view document);
CancellationRequest read_cancellation_request(std::string_view document);
RefundRequest read_refund_request(std::string_view document);
AcknowledgementRequest read_acknowledgement_request(std::string_view document);
InventoryRequest read_inventory_request(std::string_view document);

// The hub's free-text reason -> a reason code: the code itself when given ("OUT_OF_STOCK"),
// else by words: "stock" -> OUT_OF_STOCK; "customer", "buyer" -> CUSTOMER_REQUEST; "address",
// "undeliverable" -> UNDELIVERABLE_ADDRESS; anything else OTHER.
CancelReason cancel_reason_for(std::string_view reason);
const char* reason_code(CancelReason reason);

// "Ground" -> "GROUND", "Next Day" -> "NEXT_DAY", "FedEx" -> "FEDEX": upper case, spaces and
// dashes as underscores, for a carrier or service without a mapped code.
std::string overstock_code(std::string_view name);

// {"schema": "orderhub.delivery_result/1", ...}; channel_reference left out when empty.
std::string delivery_result(const std::string& channel_reference, bool already_applied,
                            const std::string& message);

}  // namespace orderhub::overstock

#endif  // ORDERHUB_PLUGINS_OVERSTOCK_WRITE_REQUESTS_H
