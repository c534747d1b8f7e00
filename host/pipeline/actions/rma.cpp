// rma.cpp: open a return (RMA) for shipped items, and receive it: count the items returned,
// restock them when asked, and refund them when asked.
#include "pipeline/actions/action_steps.h"

namespace orderhub::pipeline {

domain::Result<RmaOutcome> create_rma(store::Store& store, domain::OrderId order_id,
                                      const RmaRequest& request, const ActionContext& context) {
  std::unique_ptr<store::Transaction> transaction = store.begin_write();
  auto order = steps::load_order(*transaction, order_id);
  if (!order) {
    return order.error();
  }
  auto plan = plan_rma(*order, steps::load_records(*transaction, order_id), request, context.now);
  if (!plan) {
    return plan.error();
  }
  RmaOutcome outcome{*order, plan->rma};
  outcome.rma.id = transaction->fulfilment().add_rma(outcome.rma);
  steps::record_history(*transaction, *order, *order, context, "rma_created",
                        "RMA " + std::to_string(outcome.rma.id) + " opened for " +
                            describe_lines(outcome.rma.lines) + ": " + outcome.rma.reason);
  transaction->commit();
  return outcome;
}

domain::Result<RmaReceiptOutcome> receive_rma(store::Store& store, std::int64_t rma_id,
                                              const RmaReceiptRequest& request,
                                              const ChannelFacts& channel,
                                              const ActionContext& context) {
  std::unique_ptr<store::Transaction> transaction = store.begin_write();
  std::optional<domain::Rma> rma = transaction->fulfilment().find_rma(rma_id);
  if (!rma) {
    return domain::Error{"there is no RMA " + std::to_string(rma_id)};
  }
  auto order = steps::load_order(*transaction, rma->order_id);
  if (!order) {
    return order.error();
  }
  const OrderRecords records = steps::load_records(*transaction, order->id);
  auto plan = plan_rma_receipt(*order, records, *rma, request, channel, context.now);
  if (!plan) {
    return plan.error();
  }

  RmaReceiptOutcome outcome;
  outcome.rma = plan->rma;
  outcome.restocked = plan->restock;
  transaction->fulfilment().update_rma(outcome.rma);
  steps::restock(*transaction, outcome.restocked);
  // The return is its own event; a refund that resolves it follows as the refund's event.
  domain::Order returned = plan->refund ? *order : plan->order;
  if (plan->refund) {
    for (const domain::LineQuantity& line : outcome.rma.lines) {
      domain::find_line(returned, line.line_id)->quantity_returned += line.quantity;
    }
  }
  transaction->orders().update(returned);
  steps::record_history(*transaction, *order, returned, context, "rma_received",
                        "RMA " + std::to_string(outcome.rma.id) + " received (" +
                            describe_lines(outcome.rma.lines) + ")" +
                            steps::restock_note(outcome.restocked));
  outcome.order = returned;
  if (plan->refund) {
    outcome.refund = steps::apply_refund(*transaction, returned, *plan->refund, context);
    outcome.order = outcome.refund->order;
  }
  transaction->commit();
  return outcome;
}

}  // namespace orderhub::pipeline
