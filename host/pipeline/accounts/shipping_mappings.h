// shipping_mappings.h: an account's shipping method mappings (the channel's method, "code to
// receive" -> carrier and service, rush flag, "code to send"), applying them to orders, and the
// report of methods seen on orders that have no mapping (reported, never guessed).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/order.h"
#include "domain/result.h"
#include "domain/shipping_mapping.h"
#include "store/store.h"

namespace orderhub::pipeline {

// Sets order.shipping from the mapping of its channel method, or marks it unmapped (carrier,
// service and codes cleared) when there is none. channel_method is left as it is.
void apply_mapping(domain::Order& order, const std::optional<domain::ShippingMapping>& mapping);

// Stores the mapping (replacing the one for the same channel method) and applies it to the
// account's orders with that channel method that are still unmapped and not yet shipped, each
// with a history event "mapping_applied". Refused: an unknown account, an empty channel method,
// carrier or service. Returns how many orders it was applied to.
domain::Result<int> set_mapping(store::Store& store, const domain::ShippingMapping& mapping,
                                domain::Timestamp now);

struct UnmappedMethod {
  std::string channel_method;
  std::int64_t orders = 0;  // orders of the account with this method and no mapping for it
};

// Channel methods of the account's orders that no mapping covers, by method, with their order
// counts.
std::vector<UnmappedMethod> unmapped_methods(store::Transaction& transaction,
                                             const domain::AccountId& account);

}  // namespace orderhub::pipeline
