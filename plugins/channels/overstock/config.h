// The account configuration of an Overstock (Supplier Oasis) channel:
//   {"base_url": "https://api.supplieroasis.com", "username": "...", "password": "...",
//    "warehouse_code": "WH1", "currency": "USD", "timeout_ms": 30000}
// base_url, username, password and warehouse_code are required; currency defaults to USD (Supplier
// Oasis payloads carry no currency), timeout_ms to 30000.
#ifndef ORDERHUB_PLUGINS_OVERSTOCK_CONFIG_H
#define ORDERHUB_PLUGINS_OVERSTOCK_CONFIG_H

#include <chrono>
#include <string>
#include <string_view>

#include "money_text.h"

namespace orderhub::overstock {

struct OverstockConfig {
  std::string base_url;        // http:// or https://, without a trailing '/'
  std::string username;        // the HTTP Basic user
  std::string password;        // the HTTP Basic password. A secret.
  std::string warehouse_code;  // sent as warehouse/code with every shipment and inventory row
  Currency currency;
  std::chrono::milliseconds timeout{30000};
};

// Parses and checks config_json. Throws orderhub::sdk::Error(INVALID_ARGUMENT) naming the key,
// e.g. `config: "warehouse_code" is missing`; unknown keys are refused too. Messages never quote
// the password.
OverstockConfig parse_config(std::string_view config_json);

}  // namespace orderhub::overstock

#endif  // ORDERHUB_PLUGINS_OVERSTOCK_CONFIG_H
