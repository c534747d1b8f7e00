// The Smart Bargains channel emulator, served under /smartbargains: the SYNTHETIC supplier REST API
// (documented in plugins/channels/smartbargains/README.md) with bearer-token auth: purchase order
// list, acknowledgement, shipments and invoices, with Idempotency-Key replay on every write.
// Orders are held in their wire shape, so the admin API adds and patches exactly what the wire
// carries (malformed orders included, for the plugin's rejection tests).
#pragma once

#include "core/channel_emulator.h"
#include "core/received_log.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::sandbox::smartbargains {

// The only token the emulated API accepts (documented in tests/sandbox/README.md).
inline constexpr std::string_view sandbox_token = "sandbox-smartbargains-token";

class SmartBargainsEmulator final : public ChannelEmulator {
 public:
  explicit SmartBargainsEmulator(ReceivedLog& received) : received_(received) {}

  std::string name() const override { return "smartbargains"; }
  void register_routes(ChannelRouter& router) override;
  void reset(const GenerationSettings& settings) override;
  Reply admin_list_orders() const override;
  Reply admin_add_order(const std::string& body) override;
  Reply admin_change_order(const std::string& order_id, const std::string& body) override;

 private:
  // The first answer to each Idempotency-Key, replayed for every repeat.
  struct StoredReply {
    std::string path;  // a key reused on another path is refused
    Reply reply;
  };

  // The wire routes (smartbargains_api.cpp).
  Reply list_orders(const httplib::Request& request) const;
  Reply get_order(const httplib::Request& request) const;
  Reply acknowledge(const httplib::Request& request);
  Reply create_shipment(const httplib::Request& request);
  Reply create_invoice(const httplib::Request& request);
  // Runs apply once per Idempotency-Key and replays its 2xx answer with
  // "Idempotent-Replayed: true". required: whether a write without the header is refused.
  template <typename Apply>
  Reply idempotent(const httplib::Request& request, bool required, Apply apply);

  nlohmann::json* find_order(const std::string& po_number);
  const nlohmann::json* find_order(const std::string& po_number) const;

  ReceivedLog& received_;
  GenerationSettings generation_;
  nlohmann::json orders_ = nlohmann::json::array();     // wire shape, in creation order
  nlohmann::json shipments_ = nlohmann::json::array();  // as accepted, with shipment_id
  nlohmann::json invoices_ = nlohmann::json::array();   // without the PDF, with invoice_id
  std::map<std::string, StoredReply> replies_by_key_;
  std::int64_t next_po_ = 0;
};

// A reply in the API's error shape: {"error": {"code": ..., "message": ...}}.
Reply error_reply(int status, std::string_view code, const std::string& message);

// A 401 reply unless the request carries "Authorization: Bearer <sandbox_token>".
std::optional<Reply> check_token(const httplib::Request& request);

}  // namespace orderhub::sandbox::smartbargains
