// The storage behind the "orderhub.kv/1" service: small values private to one plugin instance
// (one channel account), such as access tokens. The in-memory store lives here; the durable one
// belongs to the store library and implements the same interface.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace orderhub::services {

// Thrown by a KeyValueStore that cannot read or write (database locked, disk full). The kv service
// turns it into UNAVAILABLE for the plugin.
class KeyValueStoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class KeyValueStore {
 public:
  virtual ~KeyValueStore() = default;

  // scope: whose state this is (one per plugin instance, e.g. "account:shop-eu"); keys of
  // different scopes never collide. All three are safe to call from any thread.
  virtual std::optional<std::string> get(std::string_view scope, std::string_view key) = 0;
  // Stores value durably (for implementations that are durable) before returning.
  virtual void put(std::string_view scope, std::string_view key, std::string_view value) = 0;
  // Removing an absent key is not an error.
  virtual void remove(std::string_view scope, std::string_view key) = 0;
};

// Process memory only: state is lost when the process exits. For tests and one-shot commands.
class InMemoryKeyValueStore final : public KeyValueStore {
 public:
  std::optional<std::string> get(std::string_view scope, std::string_view key) override;
  void put(std::string_view scope, std::string_view key, std::string_view value) override;
  void remove(std::string_view scope, std::string_view key) override;

 private:
  std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, std::string, std::less<>> values_;
};

}  // namespace orderhub::services
