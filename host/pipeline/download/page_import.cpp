// page_import.cpp: one page of orders into the store.
#include "pipeline/download/page_import.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "pipeline/documents/document_values.h"
#include "pipeline/documents/order_document.h"
#include "pipeline/download/download_filters.h"
#include "pipeline/download/order_merge.h"
#include "pipeline/rules/rule_engine.h"

namespace orderhub::pipeline {
namespace {

constexpr const char* kActor = "download";

void count_skip(DownloadSummary& counts, SkipReason reason) {
  switch (reason) {
    case SkipReason::unpaid:
      ++counts.skipped_unpaid;
      break;
    case SkipReason::shipped:
      ++counts.skipped_shipped;
      break;
    case SkipReason::before_limit_date:
      ++counts.skipped_before_limit;
      break;
  }
}

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) {
    text += (text.empty() ? "" : ", ") + item;
  }
  return text;
}

// Quarantines refused orders, once each: the look-back re-reads recent orders, and the same
// malformed payload must not pile up an entry per run.
class Quarantine {
 public:
  Quarantine(store::Transaction& transaction, const PageImport& page)
      : transaction_(transaction), page_(page) {}

  void add(const RefusedOrder& refused) {
    domain::QuarantinedOrder entry;
    entry.account = page_.account.id;
    entry.channel_order_id = refused.channel_order_id;
    entry.field = refused.error.field;
    entry.message = refused.error.message;
    entry.raw = refused.raw;
    entry.at = page_.now;
    if (!existing_) {
      existing_ = transaction_.quarantine().list(page_.account.id);
    }
    const bool known = std::any_of(existing_->begin(), existing_->end(), [&](const auto& other) {
      return other.channel_order_id == entry.channel_order_id && other.field == entry.field &&
             other.message == entry.message && other.raw == entry.raw;
    });
    if (!known) {
      entry.id = transaction_.quarantine().add(entry);
      existing_->push_back(entry);
    }
  }

 private:
  store::Transaction& transaction_;
  const PageImport& page_;
  std::optional<std::vector<domain::QuarantinedOrder>> existing_;
};

void record_import(store::Transaction& transaction, const PageImport& page,
                   const domain::Order& order) {
  const nlohmann::json after = {
      {"status", std::string(domain::to_string(order.status))},
      {"shipping_status", std::string(domain::to_string(order.shipping_status))},
      {"payment_status", std::string(domain::to_string(order.payment_status))},
      {"total", money_to_json(order.totals.total)}};
  domain::HistoryEvent event;
  event.order_id = order.id;
  event.at = page.now;
  event.actor = kActor;
  event.kind = "imported";
  event.summary = "imported from account " + page.account.id.str() + " as " +
                  std::string(domain::to_string(order.status)) +
                  (order.shipping.unmapped
                       ? " (shipping method " + domain::quoted(order.shipping.channel_method) +
                             " is not mapped)"
                       : "");
  event.after_json = after.dump();
  transaction.history().append(event);
}

void record_update(store::Transaction& transaction, const PageImport& page, domain::OrderId id,
                   const OrderChanges& changes) {
  domain::HistoryEvent event;
  event.order_id = id;
  event.at = page.now;
  event.actor = kActor;
  event.kind = "updated";
  event.summary = "updated from the channel: " + joined(changes.fields);
  event.before_json = changes.before.dump();
  event.after_json = changes.after.dump();
  transaction.history().append(event);
}

void enqueue_acknowledgement(store::Transaction& transaction, const PageImport& page,
                             const domain::Order& order) {
  const std::string key = acknowledgement_key(order);
  const nlohmann::json payload = {{"schema", "orderhub.acknowledgement/1"},
                                  {"idempotency_key", key},
                                  {"orders", nlohmann::json::array({to_document(order)})}};
  domain::OutboxRequest request;
  request.account = page.account.id;
  request.order_id = order.id;
  request.kind = domain::OutboxKind::acknowledgement;
  request.idempotency_key = key;
  request.payload_json = payload.dump();
  request.not_before = page.now;
  request.created_at = page.now;
  (void)transaction.outbox().enqueue(request);
}

}  // namespace

std::string acknowledgement_key(const domain::Order& order) {
  return "ack:" + order.account.str() + ":" + order.channel_order_id.str();
}

DownloadSummary import_page(store::Transaction& transaction, const PageImport& page,
                            const OrderBatch& batch) {
  DownloadSummary counts;
  Quarantine quarantine(transaction, page);
  for (const RefusedOrder& refused : batch.refused) {
    quarantine.add(refused);
    ++counts.quarantined;
  }

  for (const domain::Order& downloaded : batch.orders) {
    const std::optional<domain::Order> stored =
        transaction.orders().find(page.account.id, downloaded.channel_order_id);
    const std::optional<domain::ShippingMapping> mapping =
        transaction.mappings().find(page.account.id, downloaded.shipping.channel_method);

    if (!stored) {
      if (const auto reason = skip_reason(downloaded, page.settings)) {
        count_skip(counts, *reason);
        continue;
      }
      domain::Order order = prepare_new_order(downloaded, mapping, page.now);
      order.id = transaction.orders().upsert_imported(order).id;
      record_import(transaction, page, order);
      // The order rules run once, right after the first import, in the same transaction.
      (void)order_rules::run_rules_after_import(transaction, page.account, order.id, page.now);
      if (page.acknowledge == Acknowledge::yes && !order.third_party_managed) {
        enqueue_acknowledgement(transaction, page, order);
      }
      ++counts.inserted;
      continue;
    }

    FieldResult<domain::Order> merged = merge_downloaded_order(*stored, downloaded, mapping);
    if (!merged) {
      quarantine.add(
          RefusedOrder{downloaded.channel_order_id.str(), merged.error(), downloaded.raw});
      ++counts.quarantined;
      continue;
    }
    const store::UpsertResult result = transaction.orders().upsert_imported(*merged);
    if (result.outcome == store::UpsertOutcome::unchanged) {
      ++counts.unchanged;
      continue;
    }
    record_update(transaction, page, result.id, changes_between(*stored, *merged));
    ++counts.updated;
  }
  return counts;
}

}  // namespace orderhub::pipeline
