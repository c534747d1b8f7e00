// The process-wide secret registry and the replacement of secrets by "***".
#include "orderhub/logging/secret_registry.h"

#include <algorithm>
#include <cctype>
#include <mutex>

#include <nlohmann/json.hpp>

namespace orderhub::logging {
namespace {

// The secret as it appears inside a JSON string literal (quotes and backslashes escaped).
std::string json_escaped(std::string_view secret) {
  std::string quoted = nlohmann::json(std::string(secret))
                           .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return quoted.substr(1, quoted.size() - 2);
}

// The secret as it appears in a URL query or form body (RFC 3986 percent-encoding).
std::string percent_encoded(std::string_view secret) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char character : secret) {
    if (std::isalnum(character) || character == '-' || character == '.' || character == '_' ||
        character == '~') {
      encoded.push_back(static_cast<char>(character));
    } else {
      encoded.push_back('%');
      encoded.push_back(kHex[character >> 4]);
      encoded.push_back(kHex[character & 0x0F]);
    }
  }
  return encoded;
}

}  // namespace

SecretRegistry& SecretRegistry::instance() {
  // Never destroyed: loggers may still mask lines while static objects are being torn down.
  static auto* registry = new SecretRegistry();
  return *registry;
}

void SecretRegistry::add(std::string_view secret) {
  if (secret.empty()) {
    return;
  }
  std::unique_lock lock(mutex_);
  add_one(std::string(secret));
  add_one(json_escaped(secret));
  add_one(percent_encoded(secret));
  std::stable_sort(
      secrets_.begin(), secrets_.end(),
      [](const std::string& left, const std::string& right) { return left.size() > right.size(); });
}

void SecretRegistry::add_one(std::string secret) {
  if (std::find(secrets_.begin(), secrets_.end(), secret) == secrets_.end()) {
    secrets_.push_back(std::move(secret));
  }
}

std::string SecretRegistry::mask(std::string_view text) const {
  std::string masked(text);
  std::shared_lock lock(mutex_);
  for (const std::string& secret : secrets_) {
    std::size_t position = masked.find(secret);
    while (position != std::string::npos) {
      masked.replace(position, secret.size(), kMask);
      position = masked.find(secret, position + kMask.size());
    }
  }
  return masked;
}

void SecretRegistry::clear() {
  std::unique_lock lock(mutex_);
  secrets_.clear();
}

std::size_t SecretRegistry::size() const {
  std::shared_lock lock(mutex_);
  return secrets_.size();
}

void register_secret(std::string_view secret) {
  SecretRegistry::instance().add(secret);
}

std::string mask_secrets(std::string_view text) {
  return SecretRegistry::instance().mask(text);
}

}  // namespace orderhub::logging
