// service_checks.h: what the service tests read back: the sandbox's received shipments per channel
// order, the store's outbox and orders, and the invariants a crash must never break.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/order.h"
#include "domain/outbox.h"
#include "store/store.h"

namespace orderhub::testing {

// How many received entries of kind the sandbox holds for each channel order id.
std::map<std::string, int> received_counts(const nlohmann::json& received, const std::string& kind);

std::vector<domain::OutboxRow> outbox_rows(store::Store& store);
std::vector<domain::Order> all_orders(store::Store& store);

// Problems with the store after a crash, one line each (empty: none): integrity_check, an order
// stored twice under one (account, channel order id), a cursor whose watermark is set while orders
// it covers are missing from the store are reported by the caller with the sandbox's list.
std::vector<std::string> store_problems(store::Store& store);

}  // namespace orderhub::testing
