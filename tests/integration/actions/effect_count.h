// effect_count.h: how many times the sandbox received the effect of each outbox row, recognised by
// what the CS-Cart plugin writes: a shipment's comments carry its idempotency key, a staff note
// carries the key of its partial cancel or refund, and a full cancel or refund is the order's one
// status change to I.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/order.h"
#include "domain/outbox.h"

namespace orderhub::testing {

// idempotency key -> number of received entries that carry out that row.
std::map<std::string, int> effect_counts(const std::vector<domain::OutboxRow>& rows,
                                         const std::vector<domain::Order>& orders,
                                         const nlohmann::json& received);

}  // namespace orderhub::testing
