// The account configuration of a ChannelAdvisor channel, either with a fixed access token:
//   {"base_url": "https://api.channeladvisor.com", "access_token": "..."}
// or with the OAuth refresh flow (the plugin fetches and caches access tokens itself):
//   {"base_url": "...", "token_url": "https://api.channeladvisor.com/oauth2/token",
//    "application_id": "...", "shared_secret": "...", "refresh_token": "..."}
// plus optional "currency" (default USD, used when an order names none) and "timeout_ms".
#ifndef ORDERHUB_PLUGINS_CHANNELADVISOR_CONFIG_H
#define ORDERHUB_PLUGINS_CHANNELADVISOR_CONFIG_H

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "money_text.h"

namespace orderhub::channeladvisor {

struct OAuthRefresh {
  std::string token_url;       // absolute http(s) URL of the token endpoint
  std::string application_id;  // the Basic user of the token call
  std::string shared_secret;   // the Basic password of the token call. A secret.
  std::string refresh_token;   // A secret.
};

struct ChannelAdvisorConfig {
  std::string base_url;  // without a trailing '/': "/v1/Orders" follows it
  std::string access_token;            // non-empty exactly when oauth is empty. A secret.
  std::optional<OAuthRefresh> oauth;
  Currency currency = currency_for("USD");
  std::chrono::milliseconds timeout{30000};
};

// Parses and checks config_json. Throws sdk::Error(INVALID_ARGUMENT) naming the key, e.g.
// `config: "refresh_token" is missing (the OAuth refresh needs token_url, application_id,
// shared_secret and refresh_token)`. Unknown keys are refused. Messages never quote a secret.
ChannelAdvisorConfig parse_config(std::string_view config_json);

}  // namespace orderhub::channeladvisor

#endif  // ORDERHUB_PLUGINS_CHANNELADVISOR_CONFIG_H
