// order_document.h: an order as the orderhub order JSON of docs/documents.md, both ways.
//
// to_document() is the order every write document carries (shipment, cancellation, refund,
// invoice upload, acknowledgement): the stored order without "raw". from_document() reads one
// order of a downloaded batch strictly, refusing with the field and the reason, which is what a
// quarantined order records.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/ids.h"
#include "domain/order.h"
#include "pipeline/documents/field_result.h"

namespace orderhub::pipeline {

// The order as the plugin-facing document (no "raw"; "cancelled" is status == cancelled;
// "shipping_method" is the channel's method as received; "channel_data" the plugin's object).
nlohmann::json to_document(const domain::Order& order);

// Reads one order of an orderhub.order_batch/1 for account. The result carries what the channel
// said; hub state starts as for a new order: status in_process, or cancelled when the channel
// says cancelled, or completed when it is fully shipped; no mapping applied (shipping.unmapped is
// false and carrier/service are empty: the download applies the account's mapping); refunded and
// discount_added zero; id and imported_at unset. Every amount must be a non-negative integer of
// minor units in the order's currency; quantities shipped and cancelled cannot exceed the line's.
// Errors name the field as a path inside the order, e.g. {"lines/0/quantity", "is negative (-1)"}.
FieldResult<domain::Order> from_document(const nlohmann::json& document,
                                         const domain::AccountId& account);

}  // namespace orderhub::pipeline
