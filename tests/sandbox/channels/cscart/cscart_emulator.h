// The CS-Cart channel emulator, served under /cscart: the REST API a CS-Cart store exposes to the
// hub (orders, shipments, status changes, notes), with HTTP Basic auth.
#pragma once

#include "channels/cscart/cscart_order_book.h"
#include "core/channel_emulator.h"
#include "core/received_log.h"

#include <optional>
#include <string_view>

namespace orderhub::sandbox::cscart {

// The only credentials the emulated store accepts (documented in tests/sandbox/README.md).
inline constexpr std::string_view sandbox_admin_email = "admin@example.com";
inline constexpr std::string_view sandbox_api_key = "sandbox-api-key";

class CscartEmulator final : public ChannelEmulator {
 public:
  explicit CscartEmulator(ReceivedLog& received) : received_(received) {}

  std::string name() const override { return "cscart"; }
  void register_routes(ChannelRouter& router) override;
  void reset(const GenerationSettings& settings) override;
  Reply admin_list_orders() const override;
  Reply admin_add_order(const std::string& body) override;
  Reply admin_change_order(const std::string& order_id, const std::string& body) override;

 private:
  // The wire routes (cscart_api.cpp).
  Reply list_orders(const httplib::Request& request) const;
  Reply get_order(const httplib::Request& request) const;
  Reply update_order(const httplib::Request& request);
  Reply create_shipment(const httplib::Request& request);
  Reply list_shipments(const httplib::Request& request) const;

  ReceivedLog& received_;
  OrderBook book_;
  GenerationSettings generation_;
};

// A 401 reply unless the request carries the sandbox's Basic credentials.
std::optional<Reply> check_credentials(const httplib::Request& request);

}  // namespace orderhub::sandbox::cscart
