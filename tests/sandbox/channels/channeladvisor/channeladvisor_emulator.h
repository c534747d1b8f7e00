// The ChannelAdvisor channel emulator, served under /channeladvisor: the REST v1 (OData JSON)
// routes the hub talks to (OAuth token, Orders with exported/$filter/$expand/$top/$skip paging,
// Export, Ship, order and item Adjust), with Bearer auth. Orders are kept in their wire shape.
#pragma once

#include "core/channel_emulator.h"
#include "core/received_log.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace orderhub::sandbox::channeladvisor {

// The credentials the emulated API accepts (documented in tests/sandbox/README.md).
inline constexpr std::string_view sandbox_access_token = "sandbox-access-token";
inline constexpr std::string_view sandbox_application_id = "sandbox-application";
inline constexpr std::string_view sandbox_shared_secret = "sandbox-shared-secret";
inline constexpr std::string_view sandbox_refresh_token = "sandbox-refresh-token";

class ChannelAdvisorEmulator final : public ChannelEmulator {
 public:
  explicit ChannelAdvisorEmulator(ReceivedLog& received) : received_(received) {}

  std::string name() const override { return "channeladvisor"; }
  void register_routes(ChannelRouter& router) override;
  void reset(const GenerationSettings& settings) override;
  Reply admin_list_orders() const override;
  Reply admin_add_order(const std::string& body) override;
  Reply admin_change_order(const std::string& order_id, const std::string& body) override;

 private:
  // The wire routes (channeladvisor_api.cpp, channeladvisor_writes.cpp).
  Reply issue_token(const httplib::Request& request);
  Reply list_orders(const httplib::Request& request) const;
  Reply get_order(const httplib::Request& request) const;
  Reply export_order(const httplib::Request& request);
  Reply ship_order(const httplib::Request& request);
  Reply adjust_order(const httplib::Request& request);
  Reply adjust_item(const httplib::Request& request);
  std::optional<Reply> check_token(const httplib::Request& request) const;
  // The order and its item, for /v1/OrderItems(<id>).
  std::optional<std::pair<std::int64_t, std::size_t>> find_item(std::int64_t item_id) const;

  ReceivedLog& received_;
  GenerationSettings generation_;
  std::map<std::int64_t, nlohmann::json> orders_;  // ID -> the order with Items, Fulfillments,
                                                   // Adjustments
  std::set<std::int64_t> exported_;
  std::set<std::string> issued_tokens_;
  std::set<std::string> adjustment_ids_;
  std::int64_t next_fulfillment_id_ = 1;
  std::int64_t next_adjustment_id_ = 1;
};

// Amounts on the wire are JSON numbers (25.98); inside the emulator they are cents.
nlohmann::json amount_json(std::int64_t cents);
std::optional<std::int64_t> cents_of(const nlohmann::json& value);

// "2026-11-23T16:00:00Z" for unix seconds.
std::string utc_text(std::int64_t unix_seconds);
// The current time with milliseconds: changes made while the sandbox runs are stamped with it, so
// that a download window ending a moment earlier never hides them.
std::string utc_text_now();
// Milliseconds since 1970 for "2026-11-23T16:00:00Z" or "2026-11-23T16:00:00.123Z".
std::optional<std::int64_t> unix_milliseconds_of(std::string_view utc);

// Deterministic orders in the wire shape: IDs from first_id, a realistic mix of marketplaces and
// statuses, non-ASCII names, one to three items each.
std::map<std::int64_t, nlohmann::json> generate_orders(std::uint64_t seed, std::int64_t count);
nlohmann::json generate_order(std::uint64_t seed, std::int64_t order_id);

// Units of an item already shipped (Complete fulfillments) and cancelled (Cancel adjustments).
std::int64_t shipped_units(const nlohmann::json& order, std::int64_t item_id);
std::int64_t cancelled_units(const nlohmann::json& order, std::int64_t item_id);

}  // namespace orderhub::sandbox::channeladvisor
