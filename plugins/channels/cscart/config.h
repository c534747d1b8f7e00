// The account configuration of a CS-Cart channel:
//   {"base_url": "https://shop.example.com", "email": "admin@example.com", "api_key": "...",
//    "currency": "USD", "timeout_ms": 30000}
// base_url, email and api_key are required; currency defaults to USD, timeout_ms to 30000.
#ifndef ORDERHUB_PLUGINS_CSCART_CONFIG_H
#define ORDERHUB_PLUGINS_CSCART_CONFIG_H

#include <chrono>
#include <string>
#include <string_view>

#include "currency.h"

namespace orderhub::cscart {

struct CscartConfig {
  std::string base_url;  // http:// or https://, without a trailing '/': every API path follows it
  std::string email;     // the administrator's e-mail: the HTTP Basic user
  std::string api_key;   // the administrator's API key: the HTTP Basic password. A secret.
  Currency currency;     // the store's primary currency, in which CS-Cart states every amount
  std::chrono::milliseconds timeout{30000};
};

// Parses and checks config_json. Throws orderhub::sdk::Error(INVALID_ARGUMENT) naming the key,
// e.g. `config: "base_url" is missing`; unknown keys are refused too, so that a misspelt key is
// not silently ignored. Messages never quote api_key.
CscartConfig parse_config(std::string_view config_json);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_CONFIG_H
