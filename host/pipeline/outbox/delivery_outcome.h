// delivery_outcome.h: what a channel's answer to an outbox row means for the order, recorded in the
// same transaction that marks the row done or failed.
#pragma once

#include <string>
#include <string_view>

#include "domain/outbox.h"
#include "domain/time.h"
#include "store/transaction.h"

namespace orderhub::pipeline {

// The parts of an orderhub.delivery_result/1 the hub keeps.
struct DeliveryResult {
  std::string channel_reference{};
  bool already_applied = false;
  std::string message{};
};

// Reads a delivery_result document; a document without those members (or not JSON at all) reads
// as an empty result, since the channel's acceptance is what matters.
DeliveryResult read_delivery_result(std::string_view output);

// The channel accepted the row: shipment -> channel_notified_for_shipping (Ship Confirmed),
// invoice -> invoice_sent_to_channel, and a "channel_notified" history event on the order.
void record_acceptance(store::Transaction& transaction, const domain::OutboxRow& row,
                       const DeliveryResult& result, const std::string& actor,
                       domain::Timestamp now);

// The channel refused the row for good: a "channel_refused" history event on the order.
void record_refusal(store::Transaction& transaction, const domain::OutboxRow& row,
                    const std::string& error, const std::string& actor, domain::Timestamp now);

}  // namespace orderhub::pipeline
