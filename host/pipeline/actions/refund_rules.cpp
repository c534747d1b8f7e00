// refund_rules.cpp: the rules for giving money back: how much (an amount, or whole lines with
// their tax share, plus shipping and tax), never more than was paid and not yet refunded, and in
// which form (sent to the channel, local, or taken as a discount while the order still ships).
#include "pipeline/actions/order_state_machine.h"
#include "pipeline/actions/rule_helpers.h"

namespace orderhub::pipeline {

using domain::Error;
using domain::LineQuantity;
using domain::Money;
using domain::Order;
using domain::OrderLine;
using domain::RefundForm;

namespace {

// Decimal text in the order's currency; a missing text is zero.
domain::Result<Money> money_argument(const std::optional<std::string>& text, const Order& order,
                                     std::string_view field) {
  if (!text) {
    return Money::zero(order.currency);
  }
  auto parsed = domain::parse_money(*text, order.currency);
  if (!parsed) {
    return parsed.error().within(field);
  }
  return parsed;
}

bool greater(const Money& left, const Money& right) {
  return compare(left, right).value() == std::strong_ordering::greater;
}

// What earlier refunds gave back of shipping and of tax.
struct RefundedParts {
  Money shipping;
  Money tax;
};

domain::Result<RefundedParts> refunded_parts(const Order& order, const OrderRecords& records) {
  RefundedParts parts{Money::zero(order.currency), Money::zero(order.currency)};
  for (const domain::Refund& refund : records.refunds) {
    auto shipping = add(parts.shipping, refund.shipping);
    auto tax = add(parts.tax, refund.tax);
    if (!shipping || !tax) {
      return Error{"the earlier refunds of " + order_name(order) + " cannot be added up"};
    }
    parts = {*shipping, *tax};
  }
  return parts;
}

// A line refund: unit price times quantity, plus that quantity's share of the line's tax.
struct LineRefunds {
  std::vector<domain::RefundLine> lines;
  Money items;  // the unit prices
  Money tax;    // the tax shares
};

domain::Result<LineRefunds> refunds_for_lines(const Order& order,
                                              const std::vector<LineQuantity>& wanted) {
  auto checked = rules::check_requested_lines(order, wanted);
  if (!checked) {
    return checked.error();
  }
  LineRefunds result{{}, Money::zero(order.currency), Money::zero(order.currency)};
  for (const LineQuantity& requested : *checked) {
    const OrderLine& line = *domain::find_line(order, requested.line_id);
    const std::int64_t refundable = line.quantity - line.quantity_refunded;
    if (requested.quantity > refundable) {
      return Error{"line " + line.line_id + ": cannot refund " +
                   std::to_string(requested.quantity) + ", only " + std::to_string(refundable) +
                   " not refunded yet (ordered " + std::to_string(line.quantity) + ", refunded " +
                   std::to_string(line.quantity_refunded) + ")"};
    }
    auto price = multiply(line.unit_price, requested.quantity);
    auto tax_share = rules::proportional_share(line.tax, requested.quantity, line.quantity);
    if (!price || !tax_share) {
      return Error{"line " + line.line_id + ": the refund amount is too large"};
    }
    auto amount = add(*price, *tax_share);
    auto items = add(result.items, *price);
    auto tax = add(result.tax, *tax_share);
    if (!amount || !items || !tax) {
      return Error{"line " + line.line_id + ": the refund amount is too large"};
    }
    result.lines.push_back({line.line_id, requested.quantity, *amount});
    result.items = *items;
    result.tax = *tax;
  }
  return result;
}

ChannelDelivery refund_delivery(const Order& order, const RefundRequest& request,
                                const ChannelFacts& channel, RefundForm& form) {
  if (request.as_discount) {
    form = RefundForm::discount;
    return {false, "taken as a discount: nothing is sent to the channel"};
  }
  form = RefundForm::local;
  if (request.local) {
    return {false, "a local refund: nothing is sent to the channel"};
  }
  if (!channel.capabilities.has(capability::refund_channel)) {
    return {false, "the channel takes no refunds: recorded in the hub only"};
  }
  if (!channel.settings.refund_send_to_channel) {
    return {false, "refund.send_to_channel is off for this account: recorded in the hub only"};
  }
  if (order.third_party_managed) {
    return {false, order_name(order) +
                       " is third-party managed (fulfilled outside the hub): "
                       "nothing is sent to its channel"};
  }
  form = RefundForm::on_channel;
  return {true, ""};
}

// Refuses a part (shipping, tax) beyond what the order charged for it less earlier refunds of it.
std::optional<Error> check_part(std::string_view part, const Money& asked, const Money& earlier,
                                const Money& charged) {
  auto left = subtract(charged, earlier);
  if (!left) {
    return left.error();
  }
  if (greater(asked, *left)) {
    return Error{std::string(part) + " refund of " + to_string(asked) + " exceeds the refundable " +
                 std::string(part) + " " +
                 to_string(Money{std::max<std::int64_t>(left->minor, 0), left->currency})};
  }
  return std::nullopt;
}

}  // namespace

domain::Result<RefundPlan> plan_refund(const Order& order, const OrderRecords& records,
                                       const RefundRequest& request, const ChannelFacts& channel,
                                       domain::Timestamp now) {
  if (auto closed = refuse_if_closed(order)) {
    return *closed;
  }
  if (request.as_discount && request.local) {
    return Error{"a refund is either local or taken as a discount, not both"};
  }
  if (request.amount && !request.lines.empty()) {
    return Error{"give either an amount or lines to refund, not both"};
  }
  if (order.paid.minor <= 0) {
    return Error{"no payment has been applied to " + order_name(order) + " yet"};
  }
  auto taken = add(order.refunded, order.discount_added);
  auto refundable = taken ? subtract(order.paid, *taken) : taken;
  if (!refundable) {
    return refundable.error();
  }
  if (refundable->minor <= 0) {
    return Error{order_name(order) + " is already fully refunded (" + to_string(order.paid) +
                 " paid, " + to_string(*taken) + " given back)"};
  }

  auto amount = money_argument(request.amount, order, "refund amount");
  auto shipping = money_argument(request.shipping, order, "shipping refund");
  auto tax = money_argument(request.tax, order, "tax refund");
  for (const auto* parsed : {&amount, &shipping, &tax}) {
    if (!*parsed) {
      return parsed->error();
    }
  }
  auto line_refunds = refunds_for_lines(order, request.lines);
  if (!line_refunds) {
    return line_refunds.error();
  }

  // Nothing named: everything still refundable.
  const bool nothing_named =
      !request.amount && request.lines.empty() && !request.shipping && !request.tax;
  Money base = nothing_named ? *refundable : *amount;
  if (!request.lines.empty()) {
    base = add(line_refunds->items, line_refunds->tax).value();
  }
  auto total = add(base, *shipping);
  total = total ? add(*total, *tax) : total;
  auto refund_tax = add(*tax, line_refunds->tax);
  if (!total || !refund_tax) {
    return Error{"the refund amount is too large"};
  }
  if (total->minor <= 0) {
    return Error{"nothing to refund: the total is " + to_string(*total)};
  }

  auto earlier = refunded_parts(order, records);
  if (!earlier) {
    return earlier.error();
  }
  if (auto refused = check_part("shipping", *shipping, earlier->shipping, order.totals.shipping)) {
    return *refused;
  }
  if (auto refused = check_part("tax", *refund_tax, earlier->tax, order.totals.tax)) {
    return *refused;
  }
  if (greater(*total, *refundable)) {
    return Error{"refund of " + to_string(*total) + " exceeds the refundable " +
                 to_string(*refundable)};
  }

  RefundPlan plan;
  plan.delivery = refund_delivery(order, request, channel, plan.refund.form);
  plan.order = order;
  if (plan.refund.form == RefundForm::discount) {
    plan.order.discount_added = add(order.discount_added, *total).value();
  } else {
    plan.order.refunded = add(order.refunded, *total).value();
  }
  for (const domain::RefundLine& line : line_refunds->lines) {
    domain::find_line(plan.order, line.line_id)->quantity_refunded += line.quantity;
  }
  plan.full = *total == *refundable;
  plan.order.payment_status =
      plan.full ? domain::PaymentStatus::full_refund : domain::PaymentStatus::partial_refund;

  // A full refund of an order that shipped nothing ends it, as a full cancel would. A discount
  // never does: the order still ships.
  bool shipped_anything = false;
  for (const OrderLine& line : order.lines) {
    shipped_anything = shipped_anything || line.quantity_shipped > 0;
  }
  if (plan.full && !shipped_anything && plan.refund.form != RefundForm::discount) {
    plan.cancels_order = true;
    for (OrderLine& line : plan.order.lines) {
      line.quantity_cancelled = line.quantity - line.quantity_shipped;
    }
    plan.order.status = domain::OrderStatus::cancelled;
  }

  plan.restock = request.restock;
  plan.refund.order_id = order.id;
  plan.refund.amount = *total;
  plan.refund.shipping = *shipping;
  plan.refund.tax = *refund_tax;
  plan.refund.lines = line_refunds->lines;
  plan.refund.reason = request.reason;
  plan.refund.notes = request.notes;
  plan.refund.operation_type = request.operation_type;
  plan.refund.method = request.method;
  plan.refund.reference = request.reference;
  plan.refund.refund_date = request.refund_date.value_or(domain::date_of(now));
  plan.refund.created_at = now;
  return plan;
}

}  // namespace orderhub::pipeline
