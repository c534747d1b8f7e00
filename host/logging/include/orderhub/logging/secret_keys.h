// Which configuration keys and URL query parameters hold secrets, and the helpers that register or
// mask their values in a JSON configuration (a channel account's config, a plugin's settings).
#pragma once

#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace orderhub::logging {

// True for names such as api_key, password, token, secret, access_token, refresh_token,
// shared_secret, client_secret, and any name ending in _secret, _password, _token or _api_key.
// Case-insensitive; '-' counts as '_' (so "X-Api-Key" is a secret name).
bool is_secret_key_name(std::string_view name);

// Registers, in the process-wide SecretRegistry, every string value found under a secret key name
// anywhere in config (nested objects and arrays included).
void register_config_secrets(const nlohmann::json& config);

// A copy of config in which every value under a secret key name is replaced by "***", for showing
// a configuration to a user or writing it to a log.
nlohmann::json masked_config(const nlohmann::json& config);

}  // namespace orderhub::logging
