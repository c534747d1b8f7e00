// action_steps.h: the steps every action takes inside its write transaction: load the order,
// write the history event with what changed, restock, queue the channel's document. Internal to
// the actions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/order.h"
#include "domain/outbox.h"
#include "domain/result.h"
#include "pipeline/actions/actions.h"
#include "store/transaction.h"

namespace orderhub::pipeline::steps {

// The order with this id, or "there is no order 12".
domain::Result<domain::Order> load_order(store::Transaction& transaction, domain::OrderId id);

// The records the rules consult (refunds, RMAs).
OrderRecords load_records(store::Transaction& transaction, domain::OrderId id);

// Appends a history event whose before/after hold the order fields that changed.
void record_history(store::Transaction& transaction, const domain::Order& before,
                    const domain::Order& after, const ActionContext& context,
                    const std::string& kind, const std::string& summary);

// Raises on_hand per SKU.
void restock(store::Transaction& transaction, const std::vector<Restock>& restock);

// Queues the document for the order's account, due at not_before.
domain::OutboxRow enqueue(store::Transaction& transaction, const domain::Order& order,
                          domain::OutboxKind kind, const nlohmann::json& document,
                          domain::Timestamp not_before, const ActionContext& context);

// Applies an approved refund plan (record, order, history, outbox row); refund.cpp.
RefundOutcome apply_refund(store::Transaction& transaction, const domain::Order& before,
                           const RefundPlan& plan, const ActionContext& context);

// " (restocked SKU-1 x2, SKU-2 x1)", or "" when nothing was restocked.
std::string restock_note(const std::vector<Restock>& restock);

}  // namespace orderhub::pipeline::steps
