// The account configuration of a Smart Bargains channel:
//   {"base_url": "https://api.smartbargains.example", "token": "...", "currency": "USD",
//    "timeout_ms": 30000}
// base_url and token are required; currency (for purchase orders that name none) defaults to USD,
// timeout_ms to 30000.
#ifndef ORDERHUB_PLUGINS_SMARTBARGAINS_CONFIG_H
#define ORDERHUB_PLUGINS_SMARTBARGAINS_CONFIG_H

#include <chrono>
#include <string>
#include <string_view>

#include "currency.h"

namespace orderhub::smartbargains {

struct SmartBargainsConfig {
  std::string base_url;  // http:// or https://, without a trailing '/': every /v1 path follows it
  std::string token;     // the supplier's API token, sent as "Authorization: Bearer". A secret.
  Currency currency;     // for purchase orders without a "currency" field
  std::chrono::milliseconds timeout{30000};
};

// Parses and checks config_json. Throws orderhub::sdk::Error(INVALID_ARGUMENT) naming the key,
// e.g. `config: "token" is missing`; unknown keys are refused too, so that a misspelt key is not
// silently ignored. Messages never quote the token.
SmartBargainsConfig parse_config(std::string_view config_json);

}  // namespace orderhub::smartbargains

#endif  // ORDERHUB_PLUGINS_SMARTBARGAINS_CONFIG_H
