// Reading the write documents the host sends (orderhub.acknowledgement/1, orderhub.shipment/1,
// orderhub.cancellation/1, orderhub.refund/1) into what the ChannelAdvisor calls need, and
// building the orderhub.delivery_result/1 answer. A document that lacks what ChannelAdvisor needs
// is refused with sdk::Error(INVALID_ARGUMENT) naming the field.
#ifndef ORDERHUB_PLUGINS_CHANNELADVISOR_WRITE_REQUESTS_H
#define ORDERHUB_PLUGINS_CHANNELADVISOR_WRITE_REQUESTS_H

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace orderhub::channeladvisor {

// What a write needs of the stored order ("order" in every write document).
struct StoredOrder {
  std::string order_id;  // channel_order_id: ChannelAdvisor's order ID, digits
  std::string site_name;  // marketplace (SiteName), e.g. "Amazon Seller Central - US"
  std::string currency;
  bool shipped = false;  // shipping_status is partially_shipped or fully_shipped
  bool third_party_managed = false;
  std::map<std::string, std::string> item_reference;  // line_id -> SiteOrderItemID, else Sku
  std::map<std::string, std::int64_t> shipped_units;   // line_id -> quantity_shipped
};

struct LineQuantity {
  std::string line_id;  // ChannelAdvisor's order item ID
  std::int64_t quantity = 0;
};

struct ShipmentRequest {
  std::string idempotency_key;
  StoredOrder order;
  std::string carrier;  // code_to_send when given, else carrier
  std::string service;  // service_code when given, else service
  std::string tracking_number;
  std::string ship_date;  // RFC 3339 UTC
  std::vector<LineQuantity> lines;
};

struct CancellationRequest {
  std::string idempotency_key;
  StoredOrder order;
  std::string reason;
  std::vector<LineQuantity> lines;
  bool full = false;
  bool restock = false;
};

struct RefundLine {
  std::string line_id;
  std::int64_t quantity = 0;
  std::int64_t amount_minor = 0;
};

struct RefundRequest {
  std::string idempotency_key;
  StoredOrder order;
  std::string reason;
  std::string notes;
  std::vector<RefundLine> lines;
  std::int64_t amount_minor = 0;
  std::int64_t shipping_minor = 0;
  std::int64_t tax_minor = 0;
  bool full = false;
  bool restock = false;
};

struct AcknowledgementRequest {
  std::string idempotency_key;
  std::vector<StoredOrder> orders;
};

ShipmentRequest read_shipment_request(std::string_view document);
CancellationRequest read_cancellation_request(std::string_view document);
RefundRequest read_refund_request(std::string_view document);
AcknowledgementRequest read_acknowledgement_request(std::string_view document);

// {"schema": "orderhub.delivery_result/1", "channel_reference": ..., "already_applied": ...,
//  "message": ...}; channel_reference left out when empty.
std::string delivery_result(const std::string& channel_reference, bool already_applied,
                            const std::string& message);

}  // namespace orderhub::channeladvisor

#endif  // ORDERHUB_PLUGINS_CHANNELADVISOR_WRITE_REQUESTS_H
