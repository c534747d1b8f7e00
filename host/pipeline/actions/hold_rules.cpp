// hold_rules.cpp: putting an order on hold or flagging it as a problem. Either stops shipping
// (plan_shipment refuses held orders); neither is possible once the order is closed or completed.
#include "pipeline/actions/order_state_machine.h"

namespace orderhub::pipeline {

domain::Result<domain::Order> plan_hold(const domain::Order& order, const HoldRequest& request) {
  if (auto closed = refuse_if_closed(order)) {
    return *closed;
  }
  const char* wanted = request.kind == HoldKind::on_hold ? "put on hold" : "flagged as a problem";
  if (order.status == domain::OrderStatus::completed) {
    return domain::Error{order_name(order) + " is completed: it cannot be " + wanted};
  }
  if (request.reason.empty()) {
    return domain::Error{order_name(order) + " cannot be " + wanted + " without a reason"};
  }
  domain::Order held = order;
  held.status = request.kind == HoldKind::on_hold ? domain::OrderStatus::on_hold
                                                  : domain::OrderStatus::problem;
  held.hold_reason = request.reason;
  return held;
}

}  // namespace orderhub::pipeline
