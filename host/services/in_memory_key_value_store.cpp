// A map behind a mutex.
#include "orderhub/services/key_value_store.h"

namespace orderhub::services {

std::optional<std::string> InMemoryKeyValueStore::get(std::string_view scope,
                                                      std::string_view key) {
  std::lock_guard lock(mutex_);
  const auto found = values_.find(std::pair(std::string(scope), std::string(key)));
  if (found == values_.end()) {
    return std::nullopt;
  }
  return found->second;
}

void InMemoryKeyValueStore::put(std::string_view scope, std::string_view key,
                                std::string_view value) {
  std::lock_guard lock(mutex_);
  values_[std::pair(std::string(scope), std::string(key))] = std::string(value);
}

void InMemoryKeyValueStore::remove(std::string_view scope, std::string_view key) {
  std::lock_guard lock(mutex_);
  values_.erase(std::pair(std::string(scope), std::string(key)));
}

}  // namespace orderhub::services
