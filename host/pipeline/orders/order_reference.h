// order_reference.h: how a user names an order on the command line or in the API: by the hub's
// order id ("42") or by its account and channel order id ("shop-eu:1001").
#pragma once

#include <string_view>

#include "domain/ids.h"
#include "domain/result.h"
#include "store/store.h"

namespace orderhub::pipeline {

// The stored order named by reference. Errors: `no order 42`, `unknown account "shop"`,
// `no order "1001" in account "shop"`, and for anything else `"abc" is not an order reference:
// give the hub order id (e.g. 42) or ACCOUNT:CHANNEL_ORDER_ID (e.g. shop:1001)`.
domain::Result<domain::OrderId> resolve_order_reference(store::Transaction& transaction,
                                                        std::string_view reference);

}  // namespace orderhub::pipeline
