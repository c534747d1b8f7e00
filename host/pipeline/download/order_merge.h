// order_merge.h: what a download does to one order. A new order gets its initial hub state and
// the account's shipping mapping. An order already stored takes what the channel now says
// (addresses, totals, lines, its status and data) while keeping what belongs to the hub
// (status, on hold, notes, flags, mapping, refunds, and shipped or cancelled quantities that the
// channel has not caught up with yet); and the changes are described for the history.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/order.h"
#include "domain/shipping_mapping.h"
#include "domain/time.h"
#include "pipeline/documents/field_result.h"

namespace orderhub::pipeline {

// The downloaded order ready to insert: imported_at = now, mapping applied (unmapped without one).
domain::Order prepare_new_order(const domain::Order& downloaded,
                                const std::optional<domain::ShippingMapping>& mapping,
                                domain::Timestamp now);

// The stored order updated with the download. mapping is the account's mapping for the
// downloaded channel method; it is applied when the method changed or the order was unmapped.
// The hub status follows the channel only forward: a cancellation at the channel cancels an open
// order (in_process, on_hold, problem); an in_process order the channel reports fully shipped
// becomes completed. Refused (the order is quarantined instead): a currency change after the hub
// recorded money of its own (refunds, discounts) in the old one.
FieldResult<domain::Order> merge_downloaded_order(
    const domain::Order& stored, const domain::Order& downloaded,
    const std::optional<domain::ShippingMapping>& mapping);

// The difference between two versions of an order, for a history event: the names of the
// changed top-level fields (as in order_to_json) and their values before and after. The
// channel's raw payload is named but its text is not copied into the history.
struct OrderChanges {
  std::vector<std::string> fields{};
  nlohmann::ordered_json before = nlohmann::ordered_json::object();
  nlohmann::ordered_json after = nlohmann::ordered_json::object();
};
OrderChanges changes_between(const domain::Order& before, const domain::Order& after);

}  // namespace orderhub::pipeline
