// cancel.cpp: record a cancellation (on the channel, internal, or a void), restock when asked, and
// queue the channel's cancellation when it goes there.
#include "pipeline/actions/action_steps.h"
#include "pipeline/actions/write_documents.h"

namespace orderhub::pipeline {

namespace {

std::string summary_of(const CancelOutcome& outcome) {
  const domain::Cancellation& cancellation = outcome.cancellation;
  std::string text =
      (cancellation.form == domain::CancellationForm::void_order ? "voided" : "cancelled") +
      std::string(outcome.full ? " the whole order" : " " + describe_lines(cancellation.lines));
  text += cancellation.form == domain::CancellationForm::internal ? ", internally" : "";
  text += cancellation.reason.empty() ? "" : ": " + cancellation.reason;
  return text + steps::restock_note(outcome.restocked);
}

}  // namespace

domain::Result<CancelOutcome> cancel_order(store::Store& store, domain::OrderId order_id,
                                           const CancelRequest& request,
                                           const ChannelFacts& channel,
                                           const ActionContext& context) {
  std::unique_ptr<store::Transaction> transaction = store.begin_write();
  auto order = steps::load_order(*transaction, order_id);
  if (!order) {
    return order.error();
  }
  auto plan = plan_cancellation(*order, request, channel, context.now);
  if (!plan) {
    return plan.error();
  }

  CancelOutcome outcome;
  outcome.full = plan->full;
  outcome.restocked = plan->restock;
  outcome.cancellation = plan->cancellation;
  outcome.cancellation.id = transaction->fulfilment().add_cancellation(outcome.cancellation);
  outcome.order = plan->order;
  transaction->orders().update(outcome.order);
  steps::restock(*transaction, outcome.restocked);
  steps::record_history(
      *transaction, *order, outcome.order, context,
      outcome.cancellation.form == domain::CancellationForm::void_order ? "voided" : "cancelled",
      summary_of(outcome));
  if (plan->delivery.send) {
    outcome.channel.outbox_row =
        steps::enqueue(*transaction, outcome.order, domain::OutboxKind::cancellation,
                       cancellation_document(outcome.order, outcome.cancellation, outcome.full),
                       context.now, context);
  } else {
    outcome.channel.not_sent_reason = plan->delivery.not_sent_reason;
  }
  transaction->commit();
  return outcome;
}

}  // namespace orderhub::pipeline
