// refund.cpp: record a refund (to the channel, local, or as a discount) and queue the channel's
// refund when it goes there.
#include "pipeline/actions/action_steps.h"
#include "pipeline/actions/rule_helpers.h"
#include "pipeline/actions/write_documents.h"

namespace orderhub::pipeline {

namespace {

std::string summary_of(const domain::Refund& refund, bool cancelled_order) {
  std::string text = to_string(refund.amount);
  switch (refund.form) {
    case domain::RefundForm::on_channel:
      text = "refunded " + text + " through the channel";
      break;
    case domain::RefundForm::local:
      text = "refunded " + text + " locally";
      break;
    case domain::RefundForm::discount:
      text = "took " + text + " off as a discount";
      break;
  }
  if (!refund.lines.empty()) {
    std::string lines;
    for (const domain::RefundLine& line : refund.lines) {
      lines += (lines.empty() ? "" : ", ") + line.line_id + ":" + std::to_string(line.quantity);
    }
    text += " for lines " + lines;
  }
  text += refund.reason.empty() ? "" : ": " + refund.reason;
  return text + (cancelled_order ? "; nothing was shipped, so the order is cancelled" : "");
}

}  // namespace

RefundOutcome steps::apply_refund(store::Transaction& transaction, const domain::Order& before,
                                  const RefundPlan& plan, const ActionContext& context) {
  RefundOutcome outcome;
  outcome.full = plan.full;
  outcome.cancelled_order = plan.cancels_order;
  outcome.refund = plan.refund;
  outcome.refund.id = transaction.fulfilment().add_refund(outcome.refund);
  outcome.order = plan.order;
  transaction.orders().update(outcome.order);
  record_history(transaction, before, outcome.order, context, "refunded",
                 summary_of(outcome.refund, outcome.cancelled_order));
  if (plan.delivery.send) {
    outcome.channel.outbox_row =
        enqueue(transaction, outcome.order, domain::OutboxKind::refund,
                refund_document(outcome.order, outcome.refund, plan.full, plan.restock),
                context.now, context);
  } else {
    outcome.channel.not_sent_reason = plan.delivery.not_sent_reason;
  }
  return outcome;
}

domain::Result<RefundOutcome> refund_order(store::Store& store, domain::OrderId order_id,
                                           const RefundRequest& request,
                                           const ChannelFacts& channel,
                                           const ActionContext& context) {
  std::unique_ptr<store::Transaction> transaction = store.begin_write();
  auto order = steps::load_order(*transaction, order_id);
  if (!order) {
    return order.error();
  }
  auto plan = plan_refund(*order, steps::load_records(*transaction, order_id), request, channel,
                          context.now);
  if (!plan) {
    return plan.error();
  }
  RefundOutcome outcome = steps::apply_refund(*transaction, *order, *plan, context);
  transaction->commit();
  return outcome;
}

}  // namespace orderhub::pipeline
