// order_state_machine.cpp: the rules for closed orders, shipping and cancelling. Refunds are in
// refund_rules.cpp and returns in return_rules.cpp.
#include "pipeline/actions/order_state_machine.h"

#include "pipeline/actions/rule_helpers.h"

namespace orderhub::pipeline {

using domain::CancellationForm;
using domain::Error;
using domain::LineQuantity;
using domain::Order;
using domain::OrderLine;
using domain::OrderStatus;

std::string order_name(const Order& order) {
  return "order " + std::to_string(order.id.value);
}

std::string describe_lines(const std::vector<LineQuantity>& lines) {
  std::string text;
  for (const LineQuantity& line : lines) {
    text += (text.empty() ? "" : ", ") + line.line_id + ":" + std::to_string(line.quantity);
  }
  return text;
}

std::optional<Error> refuse_if_closed(const Order& order) {
  if (order.status == OrderStatus::voided) {
    return Error{order_name(order) + " is void: no further action is possible"};
  }
  if (order.status == OrderStatus::cancelled) {
    return Error{order_name(order) + " is cancelled: no further action is possible"};
  }
  return std::nullopt;
}

namespace {

std::string third_party_reason(const Order& order) {
  return order_name(order) +
         " is third-party managed (fulfilled outside the hub): nothing is sent to its channel";
}

ChannelDelivery shipment_delivery(const Order& order, const ChannelFacts& channel) {
  if (order.third_party_managed) {
    return {false, third_party_reason(order)};
  }
  if (!channel.capabilities.has(capability::shipment_upload)) {
    return {false, "the channel takes no shipment uploads"};
  }
  if (!channel.settings.fulfillment_upload) {
    return {false, "fulfillment.upload is off for this account"};
  }
  return {true, ""};
}

// The shipment's lines: the requested ones (each within what is left to ship), or everything
// left to ship when none were named.
domain::Result<std::vector<LineQuantity>> lines_to_ship(const Order& order,
                                                        const std::vector<LineQuantity>& wanted) {
  if (wanted.empty()) {
    std::vector<LineQuantity> everything;
    for (const OrderLine& line : order.lines) {
      if (rules::open_quantity(line) > 0) {
        everything.push_back({line.line_id, rules::open_quantity(line)});
      }
    }
    if (everything.empty()) {
      return Error{order_name(order) + " has nothing left to ship"};
    }
    return everything;
  }
  auto checked = rules::check_requested_lines(order, wanted);
  if (!checked) {
    return checked.error();
  }
  for (const LineQuantity& requested : *checked) {
    const OrderLine& line = *domain::find_line(order, requested.line_id);
    if (requested.quantity > rules::open_quantity(line)) {
      return Error{"line " + line.line_id + ": cannot ship " + std::to_string(requested.quantity) +
                   ", only " + std::to_string(rules::open_quantity(line)) +
                   " left to ship (ordered " + std::to_string(line.quantity) + ", shipped " +
                   std::to_string(line.quantity_shipped) + ", cancelled " +
                   std::to_string(line.quantity_cancelled) + ")"};
    }
  }
  return checked;
}

std::string ship_confirmed_refusal(const Order& order) {
  const std::string id = std::to_string(order.id.value);
  return order_name(order) +
         " is Ship Confirmed (its channel accepted the shipment), so it can no longer be "
         "cancelled: use `orderhub refund " +
         id + "` to give money back, or `orderhub rma create " + id +
         "` when items are coming back";
}

// The cancellation's lines: the requested ones (each within what is neither shipped nor
// cancelled), or all of that when none were named.
domain::Result<std::vector<LineQuantity>> lines_to_cancel(const Order& order,
                                                          const std::vector<LineQuantity>& wanted) {
  if (wanted.empty()) {
    std::vector<LineQuantity> everything;
    for (const OrderLine& line : order.lines) {
      if (rules::open_quantity(line) > 0) {
        everything.push_back({line.line_id, rules::open_quantity(line)});
      }
    }
    if (everything.empty()) {
      return Error{order_name(order) +
                   " has nothing left to cancel: shipped quantities cannot "
                   "be cancelled (use `orderhub refund` or `orderhub rma "
                   "create`)"};
    }
    return everything;
  }
  auto checked = rules::check_requested_lines(order, wanted);
  if (!checked) {
    return checked.error();
  }
  for (const LineQuantity& requested : *checked) {
    const OrderLine& line = *domain::find_line(order, requested.line_id);
    if (requested.quantity > rules::open_quantity(line)) {
      return Error{
          "line " + line.line_id + ": cannot cancel " + std::to_string(requested.quantity) +
          ", only " + std::to_string(rules::open_quantity(line)) +
          " neither shipped nor cancelled (ordered " + std::to_string(line.quantity) +
          ", shipped " + std::to_string(line.quantity_shipped) + ", cancelled " +
          std::to_string(line.quantity_cancelled) + "); shipped quantities cannot be cancelled"};
    }
  }
  return checked;
}

ChannelDelivery cancellation_delivery(const Order& order, CancellationForm& form) {
  switch (form) {
    case CancellationForm::internal:
      return {false, "cancelled internally: nothing is sent to the channel"};
    case CancellationForm::void_order:
      return {false, "voided: nothing is sent to the channel"};
    case CancellationForm::on_channel:
      break;
  }
  if (order.third_party_managed) {
    // Nothing about such an order goes back to its channel, so the cancellation is internal.
    form = CancellationForm::internal;
    return {false, third_party_reason(order)};
  }
  return {true, ""};
}

}  // namespace

domain::Result<ShipmentPlan> plan_shipment(const Order& order, const ShipRequest& request,
                                           const ChannelFacts& channel, domain::Timestamp now) {
  if (auto closed = refuse_if_closed(order)) {
    return *closed;
  }
  if (order.status == OrderStatus::on_hold) {
    return Error{order_name(order) + " is on hold" +
                 (order.hold_reason.empty() ? "" : " (" + order.hold_reason + ")") +
                 ": release it before shipping"};
  }
  if (order.status == OrderStatus::problem) {
    return Error{order_name(order) + " is flagged as a problem" +
                 (order.hold_reason.empty() ? "" : " (" + order.hold_reason + ")") +
                 ": release it before shipping"};
  }
  if (order.payment_status == domain::PaymentStatus::no_payment ||
      order.payment_status == domain::PaymentStatus::payment_error) {
    return Error{order_name(order) + " is not paid yet"};
  }

  ShipmentPlan plan;
  plan.shipment.carrier = request.carrier.empty() ? order.shipping.carrier : request.carrier;
  plan.shipment.service = request.service.empty() ? order.shipping.service : request.service;
  for (const auto& [part, value] :
       {std::pair<const char*, const std::string*>{"carrier", &plan.shipment.carrier},
        {"service", &plan.shipment.service}}) {
    if (value->empty()) {
      return Error{std::string("a ") + part + " is required: " + order_name(order) +
                   "'s shipping method " + domain::quoted(order.shipping.channel_method) +
                   " is not mapped"};
    }
  }
  auto lines = lines_to_ship(order, request.lines);
  if (!lines) {
    return lines.error();
  }

  plan.order = order;
  for (const LineQuantity& shipped : *lines) {
    domain::find_line(plan.order, shipped.line_id)->quantity_shipped += shipped.quantity;
  }
  rules::settle_fulfilment(plan.order);
  plan.order.status = plan.order.shipping_status == domain::ShippingStatus::fully_shipped
                          ? OrderStatus::completed
                          : OrderStatus::in_process;

  plan.shipment.order_id = order.id;
  plan.shipment.tracking_number = request.tracking_number;
  plan.shipment.ship_date = request.ship_date.value_or(now);
  plan.shipment.lines = *lines;
  plan.shipment.created_at = now;
  // The channel's own codes belong to the mapped method; another carrier or service has none.
  if (plan.shipment.carrier == order.shipping.carrier) {
    plan.code_to_send = order.shipping.code_to_send;
    if (plan.shipment.service == order.shipping.service) {
      plan.service_code = order.shipping.service_code;
    }
  }
  plan.delivery = shipment_delivery(order, channel);
  return plan;
}

domain::Result<CancellationPlan> plan_cancellation(const Order& order, const CancelRequest& request,
                                                   const ChannelFacts& channel,
                                                   domain::Timestamp now) {
  if (auto closed = refuse_if_closed(order)) {
    return *closed;
  }
  if (order.channel_notified_for_shipping) {
    return Error{ship_confirmed_refusal(order)};
  }
  if (request.form == CancellationForm::on_channel &&
      !channel.capabilities.has(capability::cancel_channel)) {
    return Error{"this channel cancels on its own site only: use --internal"};
  }
  if (request.form == CancellationForm::void_order && !request.lines.empty()) {
    return Error{"a void applies to the whole order: name no lines"};
  }
  auto lines = lines_to_cancel(order, request.lines);
  if (!lines) {
    return lines.error();
  }

  CancellationPlan plan;
  if (request.restock) {
    auto restock = rules::restock_for(order, *lines);
    if (!restock) {
      return restock.error();
    }
    plan.restock = *restock;
  }
  plan.order = order;
  for (const LineQuantity& cancelled : *lines) {
    domain::find_line(plan.order, cancelled.line_id)->quantity_cancelled += cancelled.quantity;
  }
  rules::settle_fulfilment(plan.order);
  plan.full = plan.order.status == OrderStatus::cancelled;
  if (request.form == CancellationForm::void_order) {
    plan.order.status = OrderStatus::voided;
  }

  plan.cancellation.order_id = order.id;
  plan.cancellation.form = request.form;
  plan.cancellation.reason = request.reason;
  plan.cancellation.lines = *lines;
  plan.cancellation.restock = request.restock;
  plan.cancellation.created_at = now;
  plan.delivery = cancellation_delivery(order, plan.cancellation.form);
  return plan;
}

}  // namespace orderhub::pipeline
