// order_view.h: orders, their history and quarantined orders as JSON for people and programs (the
// CLI's --json, the API). Statuses and flags use the hub's names (status, shipping_status,
// payment_status, channel_notified_for_shipping, invoice_sent_to_channel, third_party_managed);
// money is {"minor", "currency"}. Unlike to_document(), this includes the hub's own state.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/history.h"
#include "domain/order.h"
#include "domain/quarantine.h"

namespace orderhub::pipeline {

// Every field of the order except raw (the channel's payload, which can be large) unless asked.
enum class IncludeRaw { no, yes };
nlohmann::ordered_json order_to_json(const domain::Order& order,
                                     IncludeRaw include_raw = IncludeRaw::no);

// {"id", "order_id", "at", "actor", "kind", "summary", "before", "after"}; before/after are the
// recorded JSON values (null when not recorded).
nlohmann::ordered_json history_event_to_json(const domain::HistoryEvent& event);

// {"id", "account", "channel_order_id", "field", "message", "at", "raw"}
nlohmann::ordered_json quarantined_order_to_json(const domain::QuarantinedOrder& order);

}  // namespace orderhub::pipeline
