// service_config.cpp: reading and checking the service's configuration file.
#include "service/service_config.h"

#include <cctype>
#include <charconv>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "pipeline/accounts/setting_values.h"

namespace orderhub::service {
namespace {

using domain::Error;

const std::set<std::string, std::less<>> kKnownKeys = {
    "listen",    "token",        "token_file",      "db", "plugins", "log_format",
    "log_level", "outbox_lease", "outbox_retry_cap"};

std::string known_keys() {
  std::string keys;
  for (const std::string& key : kKnownKeys) {
    keys += (keys.empty() ? "" : ", ") + key;
  }
  return keys;
}

Error key_error(std::string_view key, std::string_view message) {
  return Error{"config: \"" + std::string(key) + "\": " + std::string(message)};
}

domain::Result<std::string> string_value(const nlohmann::json& config, std::string_view key) {
  const nlohmann::json& value = config.at(std::string(key));
  if (!value.is_string()) {
    return key_error(key, std::string("must be a string, not ") + value.type_name());
  }
  return value.get<std::string>();
}

std::string trim_line_end(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' ||
                           text.back() == '\t')) {
    text.pop_back();
  }
  return text;
}

domain::Result<std::string> read_token(const nlohmann::json& config) {
  const bool inline_token = config.contains("token");
  const bool file_token = config.contains("token_file");
  if (inline_token && file_token) {
    return Error{"config: \"token\" and \"token_file\" are both set: give only one"};
  }
  if (!inline_token && !file_token) {
    return Error{
        "config: neither \"token\" nor \"token_file\" is set: the admin API needs a token"};
  }
  std::string token;
  if (inline_token) {
    auto value = string_value(config, "token");
    if (!value) {
      return value.error();
    }
    token = *value;
  } else {
    auto path = string_value(config, "token_file");
    if (!path) {
      return path.error();
    }
    std::ifstream file(*path, std::ios::binary);
    if (!file) {
      return key_error("token_file", "cannot read \"" + *path + "\"");
    }
    std::ostringstream content;
    content << file.rdbuf();
    token = trim_line_end(content.str());
  }
  const std::string_view key = inline_token ? "token" : "token_file";
  if (token.size() < 16) {
    return key_error(key, "the token must be at least 16 characters long");
  }
  for (char character : token) {
    if (static_cast<unsigned char>(character) <= 0x20 || character == 0x7f) {
      return key_error(key, "the token must not contain spaces or control characters");
    }
  }
  return token;
}

}  // namespace

domain::Result<ListenAddress> parse_listen_address(std::string_view text) {
  const std::size_t colon = text.rfind(':');
  if (colon == std::string_view::npos) {
    return Error{domain::quoted(text) + " is not an address like 127.0.0.1:8470"};
  }
  std::string_view host = text.substr(0, colon);
  const std::string_view port_text = text.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  if (host.empty()) {
    return Error{domain::quoted(text) + " has no host (e.g. 127.0.0.1:8470)"};
  }
  for (char character : host) {
    const bool allowed = std::isalnum(static_cast<unsigned char>(character)) != 0 ||
                         character == '.' || character == '-' || character == ':';
    if (!allowed) {
      return Error{domain::quoted(text) + " has a host that is not an IP address or a name"};
    }
  }
  int port = -1;
  const auto [end, error] =
      std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (port_text.empty() || error != std::errc{} || end != port_text.data() + port_text.size() ||
      port < 0 || port > 65535) {
    return Error{domain::quoted(text) + " has no port from 0 to 65535 after the last ':'"};
  }
  return ListenAddress{std::string(host), port};
}

domain::Result<ServiceConfig> parse_service_config(std::string_view text) {
  nlohmann::json config;
  try {
    config = nlohmann::json::parse(text, nullptr, true, /*ignore_comments=*/true);
  } catch (const nlohmann::json::parse_error& error) {
    return Error{std::string("config: not valid JSON: ") + error.what()};
  }
  if (!config.is_object()) {
    return Error{"config: must be a JSON object"};
  }
  for (const auto& [key, value] : config.items()) {
    if (kKnownKeys.find(key) == kKnownKeys.end()) {
      return Error{"config: unknown key \"" + key + "\" (known: " + known_keys() + ")"};
    }
  }

  ServiceConfig result;
  if (config.contains("listen")) {
    auto listen = string_value(config, "listen");
    if (!listen) {
      return listen.error();
    }
    auto address = parse_listen_address(*listen);
    if (!address) {
      return key_error("listen", address.error().message);
    }
    result.listen = *address;
  }
  auto token = read_token(config);
  if (!token) {
    return token.error();
  }
  result.token = *token;
  for (const char* key : {"db", "plugins"}) {
    if (!config.contains(key)) {
      continue;
    }
    auto value = string_value(config, key);
    if (!value) {
      return value.error();
    }
    if (value->empty()) {
      return key_error(key, "must not be empty");
    }
    (std::string_view(key) == "db" ? result.database : result.plugins) = *value;
  }
  if (config.contains("log_format")) {
    auto value = string_value(config, "log_format");
    if (!value) {
      return value.error();
    }
    const auto format = logging::parse_log_format(*value);
    if (!format) {
      return key_error("log_format", domain::quoted(*value) + " is not text or json");
    }
    result.log_format = *format;
  }
  if (config.contains("log_level")) {
    auto value = string_value(config, "log_level");
    if (!value) {
      return value.error();
    }
    const auto level = logging::parse_log_level(*value);
    if (!level) {
      return key_error("log_level",
                       domain::quoted(*value) + " is not trace, debug, info, warn, error or off");
    }
    result.log_level = *level;
  }
  if (config.contains("outbox_lease")) {
    auto value = string_value(config, "outbox_lease");
    if (!value) {
      return value.error();
    }
    auto lease = pipeline::parse_duration(*value);
    if (!lease) {
      return key_error("outbox_lease", lease.error().message);
    }
    if (*lease < std::chrono::seconds(1)) {
      return key_error("outbox_lease", domain::quoted(*value) + " is below the minimum of 1s");
    }
    result.outbox_lease = *lease;
  }
  if (config.contains("outbox_retry_cap")) {
    auto value = string_value(config, "outbox_retry_cap");
    if (!value) {
      return value.error();
    }
    auto cap = pipeline::parse_duration(*value);
    if (!cap) {
      return key_error("outbox_retry_cap", cap.error().message);
    }
    if (*cap < std::chrono::seconds(1)) {
      return key_error("outbox_retry_cap", domain::quoted(*value) + " is below the minimum of 1s");
    }
    result.outbox_retry_cap = *cap;
  }
  return result;
}

domain::Result<ServiceConfig> load_service_config(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return Error{"cannot read the config file \"" + path + "\""};
  }
  std::ostringstream content;
  content << file.rdbuf();
  auto config = parse_service_config(content.str());
  if (!config) {
    return config.error().within(path);
  }
  return config;
}

}  // namespace orderhub::service
