// order_state_machine.h: the rules for what may be done to an order (ship, cancel, refund,
// return), in one place for the command line and the API alike.
//
// Each plan_* function is pure: it looks at the order (and the records kept beside it), the
// request, what the account's channel can do and what its settings allow, and answers either with
// an approved plan (the order as it must be stored afterwards, the record to add, what to restock
// and whether the effect goes to the channel) or with a refusal whose message says why, e.g.
// "order 12 is cancelled: no further action is possible". Applying a plan is the actions' job
// (actions.h); nothing here touches the store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/cancellation.h"
#include "domain/order.h"
#include "domain/refund.h"
#include "domain/result.h"
#include "domain/rma.h"
#include "domain/shipment.h"
#include "domain/time.h"
#include "pipeline/actions/action_settings.h"
#include "pipeline/actions/channel_capabilities.h"

namespace orderhub::pipeline {

// What the rules need to know about the order's channel account.
struct ChannelFacts {
  const ChannelCapabilities& capabilities;
  ActionSettings settings{};
};

// The records of an order that the rules consult besides the order itself.
struct OrderRecords {
  std::vector<domain::Refund> refunds{};
  std::vector<domain::Rma> rmas{};
};

// Stock to put back: on_hand of sku rises by quantity.
struct Restock {
  std::string sku{};
  std::int64_t quantity = 0;

  friend bool operator==(const Restock&, const Restock&) = default;
};

// Whether the effect goes to the channel, and if not, why (for the user and the history).
struct ChannelDelivery {
  bool send = false;
  std::string not_sent_reason{};  // empty when send
};

// ---- ship

struct ShipRequest {
  std::string carrier{};  // empty: the order's mapped carrier
  std::string service{};  // empty: the order's mapped service
  std::string tracking_number{};
  std::optional<domain::Timestamp> ship_date{};  // unset: now
  std::vector<domain::LineQuantity> lines{};     // empty: everything still to ship
  // What the shipment cost the seller, decimal text in the order's currency ("7.95"); empty:
  // none recorded. Kept as an order cost for its profit and loss.
  std::string shipping_cost{};
};

struct ShipmentPlan {
  domain::Order order{};        // as it must be stored
  domain::Shipment shipment{};  // to add (id unset)
  std::string code_to_send{};   // the carrier code the channel expects (from the mapping)
  std::string service_code{};   // the service level code the channel expects
  ChannelDelivery delivery{};
};

domain::Result<ShipmentPlan> plan_shipment(const domain::Order& order, const ShipRequest& request,
                                           const ChannelFacts& channel, domain::Timestamp now);

// ---- cancel

struct CancelRequest {
  // on_channel: a plain cancel (only when the channel declares cancel.channel); internal: recorded
  // in the hub only; void_order: the order is voided (hidden), nothing sent.
  domain::CancellationForm form = domain::CancellationForm::on_channel;
  std::string reason{};
  std::vector<domain::LineQuantity> lines{};  // empty: everything not shipped or cancelled yet
  bool restock = false;
};

struct CancellationPlan {
  domain::Order order{};
  domain::Cancellation cancellation{};  // to add (id unset)
  bool full = false;                    // the whole order is cancelled
  std::vector<Restock> restock{};       // empty unless the request asked for it
  ChannelDelivery delivery{};
};

domain::Result<CancellationPlan> plan_cancellation(const domain::Order& order,
                                                   const CancelRequest& request,
                                                   const ChannelFacts& channel,
                                                   domain::Timestamp now);

// ---- refund

struct RefundRequest {
  // Money is decimal text in the order's currency ("12.34"), checked here so every caller gets the
  // same messages. amount and lines are alternatives; with neither (and no shipping or tax) the
  // refund is everything still refundable.
  std::optional<std::string> amount{};
  std::vector<domain::LineQuantity> lines{};  // unit price x quantity + the line's tax share
  std::optional<std::string> shipping{};
  std::optional<std::string> tax{};
  bool local = false;        // never send to the channel
  bool as_discount = false;  // take it off what is owed; the order stays shippable
  std::string reason{};
  std::string notes{};
  std::string operation_type{};  // the payment method the money goes back through
  std::string method{};
  std::string reference{};
  std::optional<domain::Date> refund_date{};  // unset: today
  bool restock = false;  // told to the channel: the refunded items go back to stock
};

struct RefundPlan {
  domain::Order order{};
  domain::Refund refund{};  // to add (id unset)
  bool full = false;        // everything paid is now refunded
  bool restock = false;
  bool cancels_order = false;  // a full refund with nothing shipped cancels the order
  ChannelDelivery delivery{};
};

domain::Result<RefundPlan> plan_refund(const domain::Order& order, const OrderRecords& records,
                                       const RefundRequest& request, const ChannelFacts& channel,
                                       domain::Timestamp now);

// ---- return (RMA)

struct RmaRequest {
  std::vector<domain::LineQuantity> lines{};
  std::string reason{};
};

struct RmaPlan {
  domain::Rma rma{};  // to add (id unset); the order itself does not change until receipt
};

domain::Result<RmaPlan> plan_rma(const domain::Order& order, const OrderRecords& records,
                                 const RmaRequest& request, domain::Timestamp now);

struct RmaReceiptRequest {
  bool restock = false;
  bool refund = false;  // refund the returned lines through the refund rules
  bool local = false;   // ... without sending the refund to the channel
};

struct RmaReceiptPlan {
  domain::Order order{};  // returned quantities counted (and refund applied, if any)
  domain::Rma rma{};      // received
  std::vector<Restock> restock{};
  std::optional<RefundPlan> refund{};
};

domain::Result<RmaReceiptPlan> plan_rma_receipt(const domain::Order& order,
                                                const OrderRecords& records, const domain::Rma& rma,
                                                const RmaReceiptRequest& request,
                                                const ChannelFacts& channel, domain::Timestamp now);

// ---- hold and problem

// Whether the order is put on hold or flagged as a problem: both keep it from shipping until it is
// released.
enum class HoldKind { on_hold, problem };

struct HoldRequest {
  HoldKind kind = HoldKind::on_hold;
  std::string reason{};  // required: shown wherever the order is refused for being held
};

// The order as it must be stored once held (status on_hold or problem, hold_reason set). Refused
// for a void, cancelled or completed order, and without a reason; hold_rules.cpp.
domain::Result<domain::Order> plan_hold(const domain::Order& order, const HoldRequest& request);

// ---- shared

// Refuses any action on a void or cancelled order; nullopt when the order can still be acted on.
std::optional<domain::Error> refuse_if_closed(const domain::Order& order);

// "order 12".
std::string order_name(const domain::Order& order);

// "7:2, 8:1": line quantities for messages and history.
std::string describe_lines(const std::vector<domain::LineQuantity>& lines);

}  // namespace orderhub::pipeline
