// actions.h: ship, cancel, refund and return an order. Each action asks the order state machine
// for a plan and applies an approved plan in ONE write transaction: the record (shipment,
// cancellation, refund, RMA), the order's new state, a history event, restocking when asked, and
// the outbox row that carries the effect to the channel when the plan says it goes there. A
// refusal changes nothing and comes back as the error, e.g. "order 12 is not paid yet".
//
// The account's channel facts (what its plugin declares, its settings) are inputs, so the actions
// run the same with a loaded plugin or in tests without one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/ids.h"
#include "domain/outbox.h"
#include "domain/result.h"
#include "pipeline/actions/order_state_machine.h"
#include "store/store.h"

namespace orderhub::pipeline {

struct ActionContext {
  std::string actor = "cli";  // who acts, for the history: "cli", "api", ...
  domain::Timestamp now{};
};

// What an action did, for the caller to report.
struct ChannelOutcome {
  std::optional<domain::OutboxRow> outbox_row{};  // set when the effect was queued for the channel
  std::string not_sent_reason{};                  // otherwise why not
};

struct ShipOutcome {
  domain::Order order{};
  domain::Shipment shipment{};
  ChannelOutcome channel{};
  // Set when the shipment completed the order and its invoice was queued for the channel.
  std::optional<domain::OutboxRow> invoice_upload{};
};

struct CancelOutcome {
  domain::Order order{};
  domain::Cancellation cancellation{};
  bool full = false;
  std::vector<Restock> restocked{};
  ChannelOutcome channel{};
};

struct RefundOutcome {
  domain::Order order{};
  domain::Refund refund{};
  bool full = false;
  bool cancelled_order = false;  // a full refund with nothing shipped cancelled the order
  ChannelOutcome channel{};
};

struct RmaOutcome {
  domain::Order order{};
  domain::Rma rma{};
};

struct RmaReceiptOutcome {
  domain::Order order{};
  domain::Rma rma{};
  std::vector<Restock> restocked{};
  std::optional<RefundOutcome> refund{};
};

domain::Result<ShipOutcome> ship_order(store::Store& store, domain::OrderId order_id,
                                       const ShipRequest& request, const ChannelFacts& channel,
                                       const ActionContext& context);

domain::Result<CancelOutcome> cancel_order(store::Store& store, domain::OrderId order_id,
                                           const CancelRequest& request,
                                           const ChannelFacts& channel,
                                           const ActionContext& context);

domain::Result<RefundOutcome> refund_order(store::Store& store, domain::OrderId order_id,
                                           const RefundRequest& request,
                                           const ChannelFacts& channel,
                                           const ActionContext& context);

domain::Result<RmaOutcome> create_rma(store::Store& store, domain::OrderId order_id,
                                      const RmaRequest& request, const ActionContext& context);

domain::Result<RmaReceiptOutcome> receive_rma(store::Store& store, std::int64_t rma_id,
                                              const RmaReceiptRequest& request,
                                              const ChannelFacts& channel,
                                              const ActionContext& context);

}  // namespace orderhub::pipeline
