// The process-wide set of secret strings (API keys, passwords, tokens) that must never reach a log
// sink. Every sink the host creates is wrapped in a SecretMaskingSink that consults this registry.
#pragma once

#include <cstddef>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::logging {

// What a secret is replaced with wherever it would have been written.
inline constexpr std::string_view kMask = "***";

class SecretRegistry {
 public:
  // The registry shared by the whole process.
  static SecretRegistry& instance();

  // Registers secret, and the forms it takes when embedded in JSON or a URL. Empty strings are
  // ignored. Secrets stay registered for the life of the process.
  void add(std::string_view secret);

  // Returns text with every occurrence of every registered secret replaced by kMask.
  std::string mask(std::string_view text) const;

  // Forgets every secret. Only tests call this, to start from a known state.
  void clear();

  std::size_t size() const;

 private:
  void add_one(std::string secret);

  mutable std::shared_mutex mutex_;
  // Longest first, so that a secret containing another is masked whole.
  std::vector<std::string> secrets_;
};

// Shorthands for SecretRegistry::instance().
void register_secret(std::string_view secret);
std::string mask_secrets(std::string_view text);

}  // namespace orderhub::logging
