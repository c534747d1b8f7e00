// key_value_repository.h: durable state private to each account's plugin instance (access tokens,
// channel-side bookkeeping), behind the "orderhub.kv/1" host service. Values are bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/ids.h"

namespace orderhub::store {

class KeyValueRepository {
 public:
  virtual ~KeyValueRepository() = default;

  virtual std::optional<std::string> get(const domain::AccountId& account,
                                         std::string_view key) = 0;
  // Stores value under key, replacing any earlier value.
  virtual void put(const domain::AccountId& account, std::string_view key,
                   std::string_view value) = 0;
  // Removes key; nothing happens when it is absent.
  virtual void remove(const domain::AccountId& account, std::string_view key) = 0;
};

}  // namespace orderhub::store
