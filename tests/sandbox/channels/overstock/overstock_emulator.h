// The Overstock (Supplier Oasis) channel emulator, served under /overstock, with HTTP Basic auth:
//   GET  /salesorders?startTime=ISO&endTime=ISO[&shape=message|list]  orders whose sofsCreatedDate
//        is in [startTime, endTime); the reply shape alternates with the seed (odd: a
//        <processedSalesOrderMessage>, even: ns2:-prefixed <list> elements) unless shape= says
//   POST /salesorders/acknowledgements  (SYNTHETIC) acknowledges orders once each
//   POST /shipments                      ship confirmations and short ships (cancellations)
//   GET  /shipments?salesChannelOrderNumber=N  (SYNTHETIC) what /shipments accepted for the order
//   POST /returns, GET /returns?salesChannelOrderNumber=N  (SYNTHETIC) refunds
//   POST /inventory                      (SYNTHETIC) backorder figures per SKU
// Every accepted write is appended to the received log with its parsed fields.
#pragma once

#include "core/channel_emulator.h"
#include "core/received_log.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::sandbox::overstock {

// The only credentials the emulated account accepts (documented in tests/sandbox/README.md).
inline constexpr std::string_view sandbox_username = "supplier";
inline constexpr std::string_view sandbox_password = "sandbox-password";

class OverstockEmulator final : public ChannelEmulator {
 public:
  explicit OverstockEmulator(ReceivedLog& received) : received_(received) {}

  std::string name() const override { return "overstock"; }
  void register_routes(ChannelRouter& router) override;
  void reset(const GenerationSettings& settings) override;
  Reply admin_list_orders() const override;
  Reply admin_add_order(const std::string& body) override;
  Reply admin_change_order(const std::string& order_id, const std::string& body) override;

 private:
  Reply list_orders(const httplib::Request& request) const;
  Reply acknowledge(const httplib::Request& request);
  Reply post_shipments(const httplib::Request& request);
  Reply post_returns(const httplib::Request& request);
  Reply post_inventory(const httplib::Request& request);
  Reply list_stored(const httplib::Request& request, const char* root,
                    const std::map<std::string, std::vector<std::string>>& stored) const;

  nlohmann::json* find_order(const std::string& number);

  ReceivedLog& received_;
  GenerationSettings generation_;
  nlohmann::json orders_ = nlohmann::json::array();  // wire-shape orders, see overstock_orders.h
  std::int64_t next_sequence_ = 1;
  // Accepted <supplierShipment> and <return> elements, as XML, by order number.
  std::map<std::string, std::vector<std::string>> shipments_;
  std::map<std::string, std::vector<std::string>> returns_;
  // The last figures received per SKU: {"quantity", "quantityOnOrder", "expectedDeliveryDate"}.
  std::map<std::string, nlohmann::json> inventory_;
};

// A 401 reply unless the request carries the sandbox's Basic credentials.
std::optional<Reply> check_overstock_credentials(const httplib::Request& request);

}  // namespace orderhub::sandbox::overstock
