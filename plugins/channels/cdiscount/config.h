// The account configuration of a Cdiscount channel:
//   {"base_url": "https://wsvc.cdiscount.com", "token_url": "https://sts.cdiscount.com",
//    "login": "seller-api-login", "password": "...", "currency": "EUR", "timeout_ms": 30000}
// base_url (where MarketplaceAPIService.svc lives), token_url (where users/httpIssue.svc lives),
// login and password are required; currency defaults to EUR, timeout_ms to 30000.
#ifndef ORDERHUB_PLUGINS_CDISCOUNT_CONFIG_H
#define ORDERHUB_PLUGINS_CDISCOUNT_CONFIG_H

#include <chrono>
#include <string>
#include <string_view>

namespace orderhub::cdiscount {

struct CdiscountConfig {
  std::string base_url;   // without a trailing '/'
  std::string token_url;  // without a trailing '/'
  std::string login;      // the seller's API login: the HTTP Basic user of the token call
  std::string password;   // the API password. A secret.
  std::string currency = "EUR";
  std::chrono::milliseconds timeout{30000};
};

// Parses and checks config_json. Throws orderhub::sdk::Error(INVALID_ARGUMENT) naming the key,
// e.g. `config: "token_url" is missing`. Unknown keys are refused so that a misspelt key is not
// silently ignored. Messages never quote the password.
CdiscountConfig parse_config(std::string_view config_json);

}  // namespace orderhub::cdiscount

#endif  // ORDERHUB_PLUGINS_CDISCOUNT_CONFIG_H
