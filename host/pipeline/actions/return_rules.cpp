// return_rules.cpp: the rules for returns (RMAs): only shipped items come back, never more than
// shipped less what earlier RMAs already cover; receiving counts them returned, restocks them when
// asked, and can refund them through the refund rules.
#include "pipeline/actions/order_state_machine.h"
#include "pipeline/actions/rule_helpers.h"

namespace orderhub::pipeline {

using domain::Error;
using domain::LineQuantity;
using domain::Order;
using domain::OrderLine;

namespace {

// How much of a line earlier RMAs (received or not) already cover.
std::int64_t under_return(const OrderRecords& records, std::string_view line_id) {
  std::int64_t quantity = 0;
  for (const domain::Rma& rma : records.rmas) {
    for (const LineQuantity& line : rma.lines) {
      if (line.line_id == line_id) {
        quantity += line.quantity;
      }
    }
  }
  return quantity;
}

std::string rma_name(const domain::Rma& rma) {
  return "RMA " + std::to_string(rma.id);
}

}  // namespace

domain::Result<RmaPlan> plan_rma(const Order& order, const OrderRecords& records,
                                 const RmaRequest& request, domain::Timestamp now) {
  if (auto closed = refuse_if_closed(order)) {
    return *closed;
  }
  if (request.lines.empty()) {
    return Error{"an RMA needs at least one line: say which items are coming back"};
  }
  if (request.reason.empty()) {
    return Error{"an RMA needs a reason"};
  }
  auto lines = rules::check_requested_lines(order, request.lines);
  if (!lines) {
    return lines.error();
  }
  for (const LineQuantity& requested : *lines) {
    const OrderLine& line = *domain::find_line(order, requested.line_id);
    if (line.quantity_shipped == 0) {
      return Error{"line " + line.line_id +
                   " has not been shipped: only shipped items can be returned (cancel unshipped "
                   "items instead)"};
    }
    const std::int64_t earlier = under_return(records, line.line_id);
    const std::int64_t returnable = line.quantity_shipped - earlier;
    if (requested.quantity > returnable) {
      return Error{
          "line " + line.line_id + ": cannot return " + std::to_string(requested.quantity) +
          ", only " + std::to_string(std::max<std::int64_t>(returnable, 0)) +
          " shipped and not on an RMA yet (shipped " + std::to_string(line.quantity_shipped) +
          ", on earlier RMAs " + std::to_string(earlier) + ")"};
    }
  }
  RmaPlan plan;
  plan.rma.order_id = order.id;
  plan.rma.lines = *lines;
  plan.rma.reason = request.reason;
  plan.rma.status = domain::RmaStatus::created;
  plan.rma.created_at = now;
  return plan;
}

domain::Result<RmaReceiptPlan> plan_rma_receipt(const Order& order, const OrderRecords& records,
                                                const domain::Rma& rma,
                                                const RmaReceiptRequest& request,
                                                const ChannelFacts& channel,
                                                domain::Timestamp now) {
  if (rma.order_id != order.id) {
    return Error{rma_name(rma) + " belongs to order " + std::to_string(rma.order_id.value) +
                 ", not to " + order_name(order)};
  }
  if (auto closed = refuse_if_closed(order)) {
    return *closed;
  }
  if (rma.status == domain::RmaStatus::received) {
    return Error{rma_name(rma) + " was already received"};
  }

  RmaReceiptPlan plan;
  if (request.restock) {
    auto restock = rules::restock_for(order, rma.lines);
    if (!restock) {
      return restock.error();
    }
    plan.restock = *restock;
  }
  plan.order = order;
  for (const LineQuantity& returned : rma.lines) {
    OrderLine* line = domain::find_line(plan.order, returned.line_id);
    if (line == nullptr) {
      return Error{rma_name(rma) + " names line " + domain::quoted(returned.line_id) + ", which " +
                   order_name(order) + " no longer has"};
    }
    line->quantity_returned += returned.quantity;
  }
  plan.rma = rma;
  plan.rma.status = domain::RmaStatus::received;
  plan.rma.restock = request.restock;
  plan.rma.received_at = now;

  if (request.refund) {
    RefundRequest refund;
    refund.lines = rma.lines;
    refund.local = request.local;
    refund.reason = rma_name(rma) + ": " + rma.reason;
    refund.restock = request.restock;
    auto refund_plan = plan_refund(plan.order, records, refund, channel, now);
    if (!refund_plan) {
      return refund_plan.error().within("cannot refund " + rma_name(rma));
    }
    plan.order = refund_plan->order;
    plan.rma.refunded = true;
    plan.refund = std::move(*refund_plan);
  }
  return plan;
}

}  // namespace orderhub::pipeline
