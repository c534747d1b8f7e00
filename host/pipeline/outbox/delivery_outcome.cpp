// delivery_outcome.cpp: the order flags and history a channel's answer leads to.
#include "pipeline/outbox/delivery_outcome.h"

#include <nlohmann/json.hpp>

namespace orderhub::pipeline {

namespace {

std::string describe(const domain::OutboxRow& row) {
  return std::string(domain::to_string(row.kind)) + " " + row.idempotency_key;
}

void append_event(store::Transaction& transaction, const domain::OutboxRow& row,
                  const std::string& actor, domain::Timestamp now, std::string kind,
                  std::string summary, std::string before = "", std::string after = "") {
  domain::HistoryEvent event;
  event.order_id = *row.order_id;
  event.at = now;
  event.actor = actor;
  event.kind = std::move(kind);
  event.summary = std::move(summary);
  event.before_json = std::move(before);
  event.after_json = std::move(after);
  transaction.history().append(event);
}

}  // namespace

DeliveryResult read_delivery_result(std::string_view output) {
  DeliveryResult result;
  const nlohmann::json document = nlohmann::json::parse(output, nullptr, false);
  if (!document.is_object()) {
    return result;
  }
  if (auto found = document.find("channel_reference");
      found != document.end() && found->is_string()) {
    result.channel_reference = found->get<std::string>();
  }
  if (auto found = document.find("already_applied");
      found != document.end() && found->is_boolean()) {
    result.already_applied = found->get<bool>();
  }
  if (auto found = document.find("message"); found != document.end() && found->is_string()) {
    result.message = found->get<std::string>();
  }
  return result;
}

void record_acceptance(store::Transaction& transaction, const domain::OutboxRow& row,
                       const DeliveryResult& result, const std::string& actor,
                       domain::Timestamp now) {
  if (!row.order_id) {
    return;
  }
  std::optional<domain::Order> order = transaction.orders().find(*row.order_id);
  if (!order) {
    return;
  }
  std::string before;
  std::string after;
  const auto set_flag = [&](bool domain::Order::*flag, const char* name) {
    if (!((*order).*flag)) {
      (*order).*flag = true;
      before = nlohmann::json{{name, false}}.dump();
      after = nlohmann::json{{name, true}}.dump();
      transaction.orders().update(*order);
    }
  };
  if (row.kind == domain::OutboxKind::shipment) {
    set_flag(&domain::Order::channel_notified_for_shipping, "channel_notified_for_shipping");
  } else if (row.kind == domain::OutboxKind::invoice) {
    set_flag(&domain::Order::invoice_sent_to_channel, "invoice_sent_to_channel");
  }
  std::string summary = "the channel accepted " + describe(row);
  if (!result.channel_reference.empty()) {
    summary += " (its reference: " + result.channel_reference + ")";
  }
  if (result.already_applied) {
    summary += "; it already had it";
  }
  append_event(transaction, row, actor, now, "channel_notified", summary, before, after);
}

void record_refusal(store::Transaction& transaction, const domain::OutboxRow& row,
                    const std::string& error, const std::string& actor, domain::Timestamp now) {
  if (!row.order_id || !transaction.orders().find(*row.order_id)) {
    return;
  }
  append_event(transaction, row, actor, now, "channel_refused",
               "the channel did not take " + describe(row) + ": " + error +
                   " (listed by `orderhub outbox list --failed`; `orderhub outbox resend " +
                   std::to_string(row.id) + "` tries again)");
}

}  // namespace orderhub::pipeline
