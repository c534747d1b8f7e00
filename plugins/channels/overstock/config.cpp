// Checking the account configuration, key by key, before any request is made.
#include "config.h"

#include <orderhub/sdk/error.h>

#include <array>
#include <cstdint>

#include <nlohmann/json.hpp>

namespace orderhub::overstock {
namespace {

using nlohmann::json;
using sdk::Error;
using sdk::Status;

constexpr std::array<std::string_view, 6> known_keys{"base_url", "username",   "password",
                                                     "warehouse_code", "currency", "timeout_ms"};
constexpr std::int64_t longest_timeout_ms = 10 * 60 * 1000;

[[noreturn]] void refuse(const std::string& key, const std::string& problem) {
  throw Error(Status::INVALID_ARGUMENT, "config: \"" + key + "\" " + problem);
}

bool has_control_character(std::string_view text) {
  for (const char letter : text) {
    if (static_cast<unsigned char>(letter) < 0x20 || letter == 0x7F) {
      return true;
    }
  }
  return false;
}

std::string required_text(const json& config, const std::string& key) {
  const auto found = config.find(key);
  if (found == config.end() || found->is_null()) {
    refuse(key, "is missing");
  }
  if (!found->is_string()) {
    refuse(key, "must be a string");
  }
  std::string text = found->get<std::string>();
  if (text.empty()) {
    refuse(key, "is empty");
  }
  if (has_control_character(text)) {
    refuse(key, "must not contain control characters");
  }
  return text;
}

std::string checked_base_url(const json& config) {
  std::string url = required_text(config, "base_url");
  const bool http = url.rfind("http://", 0) == 0;
  const bool https = url.rfind("https://", 0) == 0;
  if (!http && !https) {
    refuse("base_url", "must start with http:// or https://, got \"" + url + "\"");
  }
  const std::size_t host_start = url.find("://") + 3;
  if (url.size() == host_start || url[host_start] == '/') {
    refuse("base_url", "has no host: \"" + url + "\"");
  }
  if (url.find_first_of("?# @") != std::string::npos) {
    // Credentials belong in username and password, where they are masked.
    refuse("base_url", "must be a plain URL without query, fragment, spaces or credentials");
  }
  while (url.back() == '/') {
    url.pop_back();
  }
  return url;
}

}  // namespace

OverstockConfig parse_config(std::string_view config_json) {
  const json config = json::parse(config_json, nullptr, /*allow_exceptions=*/false);
  if (config.is_discarded() || !config.is_object()) {
    throw Error(Status::INVALID_ARGUMENT, "config: the configuration must be a JSON object");
  }
  for (const auto& [key, value] : config.items()) {
    bool known = false;
    for (const std::string_view known_key : known_keys) {
      known = known || key == known_key;
    }
    if (!known) {
      refuse(key,
             "is not an Overstock setting (expected base_url, username, password, "
             "warehouse_code, currency, timeout_ms)");
    }
  }

  OverstockConfig result;
  result.base_url = checked_base_url(config);
  result.username = required_text(config, "username");
  if (result.username.find(':') != std::string::npos) {
    // HTTP Basic cannot carry a user name with ':' in it.
    refuse("username", "must not contain ':'");
  }
  result.password = required_text(config, "password");
  result.warehouse_code = required_text(config, "warehouse_code");

  std::string currency_code = "USD";
  if (const auto found = config.find("currency"); found != config.end() && !found->is_null()) {
    if (!found->is_string() || !is_currency_code(found->get<std::string>())) {
      refuse("currency", "must be an ISO 4217 code such as \"USD\", got " + found->dump());
    }
    currency_code = found->get<std::string>();
  }
  result.currency = currency_for(currency_code);

  if (const auto found = config.find("timeout_ms"); found != config.end() && !found->is_null()) {
    if (!found->is_number_integer() || found->get<std::int64_t>() < 1 ||
        found->get<std::int64_t>() > longest_timeout_ms) {
      refuse("timeout_ms", "must be a whole number of milliseconds from 1 to " +
                               std::to_string(longest_timeout_ms) + ", got " + found->dump());
    }
    result.timeout = std::chrono::milliseconds(found->get<std::int64_t>());
  }
  return result;
}

}  // namespace orderhub::overstock
