// order_merge.cpp: merging a downloaded order into the stored one, and describing the change.
#include "pipeline/download/order_merge.h"

#include <algorithm>

#include "pipeline/accounts/shipping_mappings.h"
#include "pipeline/orders/order_view.h"

namespace orderhub::pipeline {
namespace {

int shipping_progress(domain::ShippingStatus status) {
  switch (status) {
    case domain::ShippingStatus::unshipped:
      return 0;
    case domain::ShippingStatus::partially_shipped:
      return 1;
    case domain::ShippingStatus::fully_shipped:
      return 2;
  }
  return 0;
}

bool is_refund_status(domain::PaymentStatus status) {
  return status == domain::PaymentStatus::partial_refund ||
         status == domain::PaymentStatus::full_refund;
}

bool hub_recorded_money(const domain::Order& order) {
  return order.refunded.minor != 0 || order.discount_added.minor != 0;
}

bool is_open(domain::OrderStatus status) {
  return status == domain::OrderStatus::in_process || status == domain::OrderStatus::on_hold ||
         status == domain::OrderStatus::problem;
}

// The channel's lines, each keeping the hub's progress on it; stored lines the channel no longer
// lists stay when the hub has shipped, refunded or returned some of them (their records refer to
// them).
std::vector<domain::OrderLine> merged_lines(const domain::Order& stored,
                                            const domain::Order& downloaded) {
  std::vector<domain::OrderLine> lines;
  for (const domain::OrderLine& incoming : downloaded.lines) {
    domain::OrderLine line = incoming;
    if (const domain::OrderLine* kept = domain::find_line(stored, incoming.line_id)) {
      line.quantity_shipped = std::max(kept->quantity_shipped, incoming.quantity_shipped);
      line.quantity_cancelled = std::max(kept->quantity_cancelled, incoming.quantity_cancelled);
      line.quantity_refunded = kept->quantity_refunded;
      line.quantity_returned = kept->quantity_returned;
    }
    lines.push_back(std::move(line));
  }
  for (const domain::OrderLine& kept : stored.lines) {
    const bool has_hub_records =
        kept.quantity_shipped > 0 || kept.quantity_refunded > 0 || kept.quantity_returned > 0;
    if (has_hub_records && domain::find_line(downloaded, kept.line_id) == nullptr) {
      lines.push_back(kept);
    }
  }
  return lines;
}

}  // namespace

domain::Order prepare_new_order(const domain::Order& downloaded,
                                const std::optional<domain::ShippingMapping>& mapping,
                                domain::Timestamp now) {
  domain::Order order = downloaded;
  order.id = domain::OrderId{};
  order.imported_at = now;
  apply_mapping(order, mapping);
  return order;
}

FieldResult<domain::Order> merge_downloaded_order(
    const domain::Order& stored, const domain::Order& downloaded,
    const std::optional<domain::ShippingMapping>& mapping) {
  if (downloaded.currency != stored.currency && hub_recorded_money(stored)) {
    return FieldError{"currency", "changed from " + std::string(stored.currency.code()) + " to " +
                                      std::string(downloaded.currency.code()) +
                                      " after the hub recorded refunds in " +
                                      std::string(stored.currency.code())};
  }
  domain::Order merged = stored;
  merged.created_at = downloaded.created_at;
  merged.updated_at = downloaded.updated_at;
  merged.currency = downloaded.currency;
  merged.refunded = domain::Money{stored.refunded.minor, downloaded.currency};
  merged.discount_added = domain::Money{stored.discount_added.minor, downloaded.currency};
  merged.channel_status = downloaded.channel_status;
  merged.marketplace = downloaded.marketplace;
  merged.third_party_managed = downloaded.third_party_managed;
  merged.buyer = downloaded.buyer;
  merged.ship_to = downloaded.ship_to;
  merged.bill_to = downloaded.bill_to;
  merged.totals = downloaded.totals;
  merged.paid = downloaded.paid;
  merged.channel_data = downloaded.channel_data;
  merged.raw = downloaded.raw;
  merged.lines = merged_lines(stored, downloaded);

  // Refunds the hub recorded stand until the channel reports a refund of its own.
  if (!(hub_recorded_money(stored) && is_refund_status(stored.payment_status) &&
        !is_refund_status(downloaded.payment_status))) {
    merged.payment_status = downloaded.payment_status;
  }
  if (shipping_progress(downloaded.shipping_status) > shipping_progress(stored.shipping_status)) {
    merged.shipping_status = downloaded.shipping_status;
  }

  if (downloaded.shipping.channel_method != stored.shipping.channel_method ||
      (stored.shipping.unmapped && mapping)) {
    merged.shipping.channel_method = downloaded.shipping.channel_method;
    apply_mapping(merged, mapping);
  }

  if (downloaded.status == domain::OrderStatus::cancelled && is_open(stored.status)) {
    merged.status = domain::OrderStatus::cancelled;
  } else if (merged.shipping_status == domain::ShippingStatus::fully_shipped &&
             stored.status == domain::OrderStatus::in_process) {
    merged.status = domain::OrderStatus::completed;
  }
  return merged;
}

OrderChanges changes_between(const domain::Order& before, const domain::Order& after) {
  const nlohmann::ordered_json old_view = order_to_json(before, IncludeRaw::yes);
  const nlohmann::ordered_json new_view = order_to_json(after, IncludeRaw::yes);
  OrderChanges changes;
  for (const auto& [key, value] : new_view.items()) {
    if (key == "id" || key == "imported_at") {
      continue;
    }
    const auto old_value = old_view.find(key);
    if (old_value != old_view.end() && *old_value == value) {
      continue;
    }
    changes.fields.push_back(key);
    if (key == "raw") {
      continue;  // large, and the mapped fields already say what changed
    }
    changes.before[key] = old_value != old_view.end() ? *old_value : nullptr;
    changes.after[key] = value;
  }
  return changes;
}

}  // namespace orderhub::pipeline
