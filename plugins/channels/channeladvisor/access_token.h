// Where the Bearer token of every API call comes from: the configured access_token as is, or the
// OAuth refresh flow (POST token_url with HTTP Basic application_id:shared_secret and
// grant_type=refresh_token), whose access token is cached in the host's key-value store with its
// expiry so that each call of the host does not fetch a new one.
#ifndef ORDERHUB_PLUGINS_CHANNELADVISOR_ACCESS_TOKEN_H
#define ORDERHUB_PLUGINS_CHANNELADVISOR_ACCESS_TOKEN_H

#include <orderhub/sdk/clock.h>
#include <orderhub/sdk/http.h>
#include <orderhub/sdk/kv.h>

#include <optional>
#include <string>
#include <vector>

#include "config.h"

namespace orderhub::channeladvisor {

// The key-value key holding {"access_token": "...", "expires_at_ms": 1700000000000}.
inline constexpr const char* cached_token_key = "oauth.access_token";

class AccessTokens {
 public:
  // kv and clock are only used with the OAuth refresh; a fixed token needs neither.
  AccessTokens(const ChannelAdvisorConfig& config, sdk::Http http, std::optional<sdk::KeyValue> kv,
               std::optional<sdk::Clock> clock);

  // A token to send now: the fixed one, or a cached one valid for at least another minute, or a
  // fresh one from the token endpoint. Throws sdk::Error when the token call fails (401 from the
  // token endpoint is UNAUTHENTICATED: the refresh token or the application is wrong).
  std::string current();

  // The API answered 401 with this token: forget it so current() fetches a new one. Returns
  // false for a fixed token (nothing can be done but report the 401).
  bool invalidate();

  // Everything the host must mask in logs: the fixed token, the secrets of the refresh, and the
  // last access token handed out.
  const std::vector<std::string>& secrets() const { return secrets_; }

 private:
  std::string refresh();

  std::string fixed_token_;
  std::optional<OAuthRefresh> oauth_;
  sdk::Http http_;
  std::optional<sdk::KeyValue> kv_;
  std::optional<sdk::Clock> clock_;
  std::chrono::milliseconds timeout_;
  std::vector<std::string> secrets_;
  std::size_t fixed_secret_count_ = 0;
};

// RFC 4648 base64 with padding, for the Basic credentials of the token call.
std::string base64_encode(std::string_view bytes);

// application/x-www-form-urlencoded escaping of one value.
std::string form_encode(std::string_view text);

}  // namespace orderhub::channeladvisor

#endif  // ORDERHUB_PLUGINS_CHANNELADVISOR_ACCESS_TOKEN_H
