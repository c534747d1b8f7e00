// write_documents.h: the documents the hub sends to a channel for an action (docs/documents.md:
// orderhub.shipment/1, orderhub.cancellation/1, orderhub.refund/1), built once when the action is
// recorded and stored as the outbox row's payload, so that every retry sends the same bytes.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "domain/cancellation.h"
#include "domain/order.h"
#include "domain/refund.h"
#include "domain/shipment.h"

namespace orderhub::pipeline {

// The idempotency keys: "ship:<order id>:<shipment id>", "cancel:<order id>:<cancellation id>",
// "refund:<order id>:<refund id>".
std::string shipment_key(const domain::Shipment& shipment);
std::string cancellation_key(const domain::Cancellation& cancellation);
std::string refund_key(const domain::Refund& refund);

// The "order" member of every write document: the stored order without its raw payload.
nlohmann::json order_for_channel(const domain::Order& order);

// order is the order as stored after the action; the record carries its store id.
nlohmann::json shipment_document(const domain::Order& order, const domain::Shipment& shipment,
                                 const std::string& code_to_send, const std::string& service_code);
nlohmann::json cancellation_document(const domain::Order& order,
                                     const domain::Cancellation& cancellation, bool full);
nlohmann::json refund_document(const domain::Order& order, const domain::Refund& refund, bool full,
                               bool restock);

}  // namespace orderhub::pipeline
