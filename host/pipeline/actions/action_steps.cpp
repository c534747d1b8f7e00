// action_steps.cpp: loading, history, restocking and queueing, shared by the actions.
#include "pipeline/actions/action_steps.h"

#include "pipeline/actions/write_documents.h"

namespace orderhub::pipeline::steps {

using nlohmann::json;

domain::Result<domain::Order> load_order(store::Transaction& transaction, domain::OrderId id) {
  std::optional<domain::Order> order = transaction.orders().find(id);
  if (!order) {
    return domain::Error{"there is no order " + std::to_string(id.value)};
  }
  return *order;
}

OrderRecords load_records(store::Transaction& transaction, domain::OrderId id) {
  return OrderRecords{transaction.fulfilment().list_refunds(id),
                      transaction.fulfilment().list_rmas(id)};
}

namespace {

template <class Value>
void note_change(json& before, json& after, const std::string& field, const Value& old_value,
                 const Value& new_value) {
  if (!(old_value == new_value)) {
    before[field] = old_value;
    after[field] = new_value;
  }
}

void note_money(json& before, json& after, const std::string& field, const domain::Money& old_value,
                const domain::Money& new_value) {
  if (old_value != new_value) {
    before[field] = domain::format_money(old_value);
    after[field] = domain::format_money(new_value);
  }
}

// The order fields actions change, as {field: value} before and after.
std::pair<json, json> changes(const domain::Order& old_order, const domain::Order& new_order) {
  json before = json::object();
  json after = json::object();
  note_change(before, after, "status", std::string(to_string(old_order.status)),
              std::string(to_string(new_order.status)));
  note_change(before, after, "shipping_status", std::string(to_string(old_order.shipping_status)),
              std::string(to_string(new_order.shipping_status)));
  note_change(before, after, "payment_status", std::string(to_string(old_order.payment_status)),
              std::string(to_string(new_order.payment_status)));
  note_change(before, after, "channel_notified_for_shipping",
              old_order.channel_notified_for_shipping, new_order.channel_notified_for_shipping);
  note_money(before, after, "refunded", old_order.refunded, new_order.refunded);
  note_money(before, after, "discount_added", old_order.discount_added, new_order.discount_added);
  for (const domain::OrderLine& new_line : new_order.lines) {
    const domain::OrderLine* old_line = domain::find_line(old_order, new_line.line_id);
    if (old_line == nullptr) {
      continue;
    }
    const std::string prefix = "lines." + new_line.line_id + ".";
    note_change(before, after, prefix + "quantity_shipped", old_line->quantity_shipped,
                new_line.quantity_shipped);
    note_change(before, after, prefix + "quantity_cancelled", old_line->quantity_cancelled,
                new_line.quantity_cancelled);
    note_change(before, after, prefix + "quantity_refunded", old_line->quantity_refunded,
                new_line.quantity_refunded);
    note_change(before, after, prefix + "quantity_returned", old_line->quantity_returned,
                new_line.quantity_returned);
  }
  return {before, after};
}

}  // namespace

void record_history(store::Transaction& transaction, const domain::Order& before,
                    const domain::Order& after, const ActionContext& context,
                    const std::string& kind, const std::string& summary) {
  auto [old_values, new_values] = changes(before, after);
  domain::HistoryEvent event;
  event.order_id = after.id;
  event.at = context.now;
  event.actor = context.actor;
  event.kind = kind;
  event.summary = summary;
  if (!old_values.empty()) {
    event.before_json = old_values.dump();
    event.after_json = new_values.dump();
  }
  transaction.history().append(event);
}

void restock(store::Transaction& transaction, const std::vector<Restock>& restock) {
  for (const Restock& entry : restock) {
    transaction.inventory().adjust_on_hand(entry.sku, entry.quantity);
  }
}

domain::OutboxRow enqueue(store::Transaction& transaction, const domain::Order& order,
                          domain::OutboxKind kind, const json& document,
                          domain::Timestamp not_before, const ActionContext& context) {
  domain::OutboxRequest request;
  request.account = order.account;
  request.order_id = order.id;
  request.kind = kind;
  request.idempotency_key = document.at("idempotency_key").get<std::string>();
  request.payload_json = document.dump();
  request.not_before = not_before;
  request.created_at = context.now;
  return transaction.outbox().enqueue(request).row;
}

std::string restock_note(const std::vector<Restock>& restock) {
  if (restock.empty()) {
    return "";
  }
  std::string text;
  for (const Restock& entry : restock) {
    text += (text.empty() ? "" : ", ") + entry.sku + " x" + std::to_string(entry.quantity);
  }
  return " (restocked " + text + ")";
}

}  // namespace orderhub::pipeline::steps
