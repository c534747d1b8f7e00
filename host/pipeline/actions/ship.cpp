// ship.cpp: record a shipment and queue its upload to the channel.
#include "domain/order_cost.h"
#include "pipeline/actions/action_steps.h"
#include "pipeline/actions/upload_delay.h"
#include "pipeline/actions/write_documents.h"
#include "pipeline/invoices/invoice_upload.h"

namespace orderhub::pipeline {

domain::Result<ShipOutcome> ship_order(store::Store& store, domain::OrderId order_id,
                                       const ShipRequest& request, const ChannelFacts& channel,
                                       const ActionContext& context) {
  std::unique_ptr<store::Transaction> transaction = store.begin_write();
  auto order = steps::load_order(*transaction, order_id);
  if (!order) {
    return order.error();
  }
  auto plan = plan_shipment(*order, request, channel, context.now);
  if (!plan) {
    return plan.error();  // the transaction rolls back untouched
  }
  std::optional<domain::Money> shipping_cost;
  if (!request.shipping_cost.empty()) {
    auto cost = domain::parse_money(request.shipping_cost, order->currency);
    if (!cost) {
      return cost.error().within("shipping cost");
    }
    shipping_cost = *cost;
  }
  // An order a rule marked "skip fulfilment upload" ships without telling the channel.
  ChannelDelivery delivery = plan->delivery;
  if (delivery.send && transaction->order_overrides().find(order_id).skip_fulfilment_upload) {
    delivery = {false, order_name(*order) + " skips the fulfilment upload (set by an order rule)"};
  }

  ShipOutcome outcome;
  outcome.shipment = plan->shipment;
  outcome.shipment.id = transaction->fulfilment().add_shipment(outcome.shipment);
  if (shipping_cost) {
    domain::OrderCost cost;
    cost.order_id = order_id;
    cost.kind = domain::CostKind::shipping;
    cost.label = "shipment " + std::to_string(outcome.shipment.id);
    cost.amount = *shipping_cost;
    cost.shipment_id = outcome.shipment.id;
    cost.created_at = context.now;
    (void)transaction->costs().add(cost);
  }
  outcome.order = plan->order;
  transaction->orders().update(outcome.order);
  steps::record_history(
      *transaction, *order, outcome.order, context, "shipped",
      "shipment " + std::to_string(outcome.shipment.id) + " (" +
          describe_lines(outcome.shipment.lines) + ") by " + outcome.shipment.carrier +
          (outcome.shipment.service.empty() ? "" : " " + outcome.shipment.service) +
          (outcome.shipment.tracking_number.empty()
               ? ""
               : ", tracking " + outcome.shipment.tracking_number));
  if (delivery.send) {
    outcome.channel.outbox_row = steps::enqueue(
        *transaction, outcome.order, domain::OutboxKind::shipment,
        shipment_document(outcome.order, outcome.shipment, plan->code_to_send, plan->service_code),
        shipment_upload_time(context.now, channel.settings), context);
  } else {
    outcome.channel.not_sent_reason = delivery.not_sent_reason;
  }
  if (invoice_upload_due(*order, outcome.order, channel)) {
    outcome.invoice_upload = queue_invoice_upload(*transaction, outcome.order, context);
  }
  transaction->commit();
  return outcome;
}

}  // namespace orderhub::pipeline
