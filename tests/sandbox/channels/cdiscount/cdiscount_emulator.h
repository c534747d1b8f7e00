// The Cdiscount channel emulator, served under /cdiscount: the token service
// (GET /users/httpIssue.svc/?realm=..., HTTP Basic) and the Marketplace API as SOAP 1.1
// (POST /MarketplaceAPIService.svc: GetOrderList, ValidateOrderList), with SOAP faults for bad
// envelopes and HTTP 401 for unknown tokens. GetOrderList is a read though it is a POST: the
// route classifies requests by their SOAPAction.
#pragma once

#include "core/channel_emulator.h"
#include "core/received_log.h"

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::sandbox::cdiscount {

// The only credentials the emulated token service accepts (documented in tests/sandbox/README.md).
inline constexpr std::string_view sandbox_login = "sandbox-seller";
inline constexpr std::string_view sandbox_password = "sandbox-password";

class CdiscountEmulator final : public ChannelEmulator {
 public:
  explicit CdiscountEmulator(ReceivedLog& received) : received_(received) {}

  std::string name() const override { return "cdiscount"; }
  void register_routes(ChannelRouter& router) override;
  void reset(const GenerationSettings& settings) override;
  Reply admin_list_orders() const override;
  Reply admin_add_order(const std::string& body) override;
  Reply admin_change_order(const std::string& order_id, const std::string& body) override;

  // The SOAP route and the token route (cdiscount_soap.cpp); public for unit tests.
  Reply issue_token(const httplib::Request& request);
  Reply soap(const httplib::Request& request);

 private:
  nlohmann::json* find(const std::string& order_number);
  std::string get_order_list(const nlohmann::json& filter) const;
  std::string validate_order_list(const nlohmann::json& orders, const std::string& path);

  ReceivedLog& received_;
  GenerationSettings generation_;
  std::vector<nlohmann::json> orders_;
  std::set<std::string> tokens_;
  std::int64_t tokens_issued_ = 0;
};

}  // namespace orderhub::sandbox::cdiscount
