// mapping_repository.h: each account's shipping method mappings, keyed by the channel's method.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/ids.h"
#include "domain/shipping_mapping.h"

namespace orderhub::store {

class MappingRepository {
 public:
  virtual ~MappingRepository() = default;

  // Adds the mapping or replaces the one with the same (account, channel_method).
  virtual void put(const domain::ShippingMapping& mapping) = 0;
  // Matches channel_method exactly.
  virtual std::optional<domain::ShippingMapping> find(const domain::AccountId& account,
                                                      std::string_view channel_method) = 0;
  // The account's mappings, by channel method.
  virtual std::vector<domain::ShippingMapping> list(const domain::AccountId& account) = 0;
  // False when there was no such mapping.
  virtual bool remove(const domain::AccountId& account, std::string_view channel_method) = 0;
};

}  // namespace orderhub::store
