// Checking the account configuration, key by key, before any request is made.
#include "config.h"

#include <orderhub/sdk/error.h>

#include <array>

#include <nlohmann/json.hpp>

namespace orderhub::channeladvisor {
namespace {

using nlohmann::json;
using sdk::Error;
using sdk::Status;

constexpr std::array<std::string_view, 8> known_keys{
    "base_url",      "access_token",  "token_url", "application_id", "shared_secret",
    "refresh_token", "currency",      "timeout_ms"};
constexpr std::array<const char*, 4> oauth_keys{"token_url", "application_id", "shared_secret",
                                                "refresh_token"};
constexpr std::int64_t longest_timeout_ms = 10 * 60 * 1000;

[[noreturn]] void refuse(const std::string& key, const std::string& problem) {
  throw Error(Status::INVALID_ARGUMENT, "config: \"" + key + "\" " + problem);
}

bool present(const json& config, const char* key) {
  const auto found = config.find(key);
  return found != config.end() && !found->is_null();
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
    // Also keeps secrets out of the message: the text is never quoted.
    refuse(key, "must not contain control characters");
  }
  return text;
}

std::string checked_url(const json& config, const std::string& key) {
  std::string url = required_text(config, key);
  const bool http = url.rfind("http://", 0) == 0;
  const bool https = url.rfind("https://", 0) == 0;
  if (!http && !https) {
    refuse(key, "must start with http:// or https://, got \"" + url + "\"");
  }
  const std::size_t host_start = url.find("://") + 3;
  if (url.size() == host_start || url[host_start] == '/') {
    refuse(key, "has no host: \"" + url + "\"");
  }
  if (url.find_first_of("?# @") != std::string::npos) {
    refuse(key, "must be a plain URL without query, fragment, spaces or credentials");
  }
  while (url.back() == '/') {
    url.pop_back();
  }
  return url;
}

}  // namespace

ChannelAdvisorConfig parse_config(std::string_view config_json) {
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
             "is not a ChannelAdvisor setting (expected base_url, access_token or token_url + "
             "application_id + shared_secret + refresh_token, currency, timeout_ms)");
    }
  }

  ChannelAdvisorConfig result;
  result.base_url = checked_url(config, "base_url");

  bool any_oauth = false;
  for (const char* key : oauth_keys) {
    any_oauth = any_oauth || present(config, key);
  }
  if (present(config, "access_token") && any_oauth) {
    refuse("access_token",
           "cannot be combined with the OAuth refresh keys (token_url, application_id, "
           "shared_secret, refresh_token): give one or the other");
  }
  if (present(config, "access_token")) {
    result.access_token = required_text(config, "access_token");
  } else if (any_oauth) {
    for (const char* key : oauth_keys) {
      if (!present(config, key)) {
        refuse(key,
               "is missing (the OAuth refresh needs token_url, application_id, shared_secret "
               "and refresh_token)");
      }
    }
    OAuthRefresh oauth;
    oauth.token_url = checked_url(config, "token_url");
    oauth.application_id = required_text(config, "application_id");
    if (oauth.application_id.find(':') != std::string::npos) {
      // HTTP Basic cannot carry a user name with ':' in it.
      refuse("application_id", "must not contain ':'");
    }
    oauth.shared_secret = required_text(config, "shared_secret");
    oauth.refresh_token = required_text(config, "refresh_token");
    result.oauth = std::move(oauth);
  } else {
    refuse("access_token",
           "is missing (give access_token, or token_url + application_id + shared_secret + "
           "refresh_token)");
  }

  if (present(config, "currency")) {
    const json& currency = config["currency"];
    if (!currency.is_string() || !is_currency_code(currency.get<std::string>())) {
      refuse("currency", "must be an ISO 4217 code such as \"USD\", got " + currency.dump());
    }
    result.currency = currency_for(currency.get<std::string>());
  }
  if (present(config, "timeout_ms")) {
    const json& timeout = config["timeout_ms"];
    if (!timeout.is_number_integer() || timeout.get<std::int64_t>() < 1 ||
        timeout.get<std::int64_t>() > longest_timeout_ms) {
      refuse("timeout_ms", "must be a whole number of milliseconds from 1 to " +
                               std::to_string(longest_timeout_ms) + ", got " + timeout.dump());
    }
    result.timeout = std::chrono::milliseconds(timeout.get<std::int64_t>());
  }
  return result;
}

}  // namespace orderhub::channeladvisor
