// Recognising secret-bearing keys and walking JSON configurations for their values.
#include "orderhub/logging/secret_keys.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include <nlohmann/json.hpp>

#include "orderhub/logging/secret_registry.h"

namespace orderhub::logging {
namespace {

constexpr std::array<std::string_view, 13> kSecretNames = {
    "api_key",    "apikey",       "password",      "passwd",        "token",
    "secret",     "access_token", "refresh_token", "shared_secret", "client_secret",
    "api_secret", "private_key",  "authorization"};

constexpr std::array<std::string_view, 4> kSecretSuffixes = {"_secret", "_password", "_token",
                                                             "_api_key"};

std::string normalized(std::string_view name) {
  std::string result;
  result.reserve(name.size());
  for (unsigned char character : name) {
    result.push_back(character == '-' ? '_' : static_cast<char>(std::tolower(character)));
  }
  return result;
}

void register_values(const nlohmann::json& value, bool under_secret_key) {
  if (value.is_string()) {
    if (under_secret_key) {
      register_secret(value.get_ref<const std::string&>());
    }
    return;
  }
  if (value.is_number()) {
    if (under_secret_key) {
      register_secret(value.dump());
    }
    return;
  }
  if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      register_values(member, under_secret_key || is_secret_key_name(key));
    }
    return;
  }
  if (value.is_array()) {
    for (const auto& element : value) {
      register_values(element, under_secret_key);
    }
  }
}

nlohmann::json masked_values(const nlohmann::json& value, bool under_secret_key) {
  if (under_secret_key && !value.is_object() && !value.is_array() && !value.is_null()) {
    return std::string(kMask);
  }
  if (value.is_object()) {
    nlohmann::json result = nlohmann::json::object();
    for (const auto& [key, member] : value.items()) {
      result[key] = masked_values(member, under_secret_key || is_secret_key_name(key));
    }
    return result;
  }
  if (value.is_array()) {
    nlohmann::json result = nlohmann::json::array();
    for (const auto& element : value) {
      result.push_back(masked_values(element, under_secret_key));
    }
    return result;
  }
  return value;
}

}  // namespace

bool is_secret_key_name(std::string_view name) {
  const std::string key = normalized(name);
  if (std::find(kSecretNames.begin(), kSecretNames.end(), key) != kSecretNames.end()) {
    return true;
  }
  return std::any_of(kSecretSuffixes.begin(), kSecretSuffixes.end(), [&](std::string_view suffix) {
    return key.size() > suffix.size() && key.ends_with(suffix);
  });
}

void register_config_secrets(const nlohmann::json& config) {
  register_values(config, false);
}

nlohmann::json masked_config(const nlohmann::json& config) {
  return masked_values(config, false);
}

}  // namespace orderhub::logging
