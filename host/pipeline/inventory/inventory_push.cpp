// inventory_push.cpp: refuse, compute, queue, deliver.
#include "pipeline/inventory/inventory_push.h"

#include "pipeline/accounts/account_settings.h"
#include "pipeline/documents/schema_validator.h"

namespace orderhub::pipeline {

std::string inventory_idempotency_key(store::Transaction& transaction,
                                      const domain::AccountId& account, domain::Timestamp now) {
  const std::string base = "inventory:" + account.str() + ":" + domain::format_timestamp(now);
  std::string key = base;
  for (int attempt = 2; transaction.outbox().find_by_key(key); ++attempt) {
    key = base + ":" + std::to_string(attempt);
  }
  return key;
}

domain::Result<InventoryPushReport> push_inventory(store::Store& store,
                                                   const domain::Account& account,
                                                   const ChannelCapabilities& capabilities,
                                                   ChannelProvider& channels,
                                                   const services::Clock& clock, Jitter& jitter,
                                                   const DeliveryOptions& options) {
  const std::string named = "account " + domain::quoted(account.id.str());
  auto settings = parse_account_settings(account.settings);
  if (!settings) {
    return settings.error().within(named);
  }
  if (!settings->inventory_backorder) {
    return domain::Error{named +
                         " does not send backorder information: turn on its setting "
                         "inventory.backorder (`orderhub account set " +
                         account.id.str() + " inventory.backorder=true`)"};
  }
  if (!capabilities.has(capability::inventory_backorder)) {
    return domain::Error{named + ": plugin " + account.plugin_id +
                         " does not declare the "
                         "capability " +
                         std::string(capability::inventory_backorder) +
                         ", so it cannot take backorder information"};
  }

  const domain::Timestamp now = std::chrono::floor<std::chrono::seconds>(clock.now());
  const OnOrderSource source = settings->inventory_use_containers
                                   ? OnOrderSource::shipping_container
                                   : OnOrderSource::purchase_order;
  InventoryPushReport report;
  std::optional<domain::Error> invalid;
  std::optional<domain::OutboxRow> queued = store::in_write_transaction(
      store, [&](store::Transaction& transaction) -> std::optional<domain::OutboxRow> {
        report.items =
            backorder_items(transaction.inventory().list(), source, domain::date_of(now));
        if (report.items.empty()) {
          return std::nullopt;
        }
        const nlohmann::ordered_json document = inventory_update_document(
            report.items, inventory_idempotency_key(transaction, account.id, now));
        const std::string payload = document.dump();
        const auto problems =
            SchemaValidator::shared().validate("inventory_update", nlohmann::json::parse(payload));
        if (!problems.empty()) {
          // Stock the store holds but the document cannot carry (e.g. an empty SKU).
          invalid = domain::Error{
              named + ": the inventory update is not valid: " + problems.front().to_string()};
          return std::nullopt;
        }
        domain::OutboxRequest request;
        request.account = account.id;
        request.kind = domain::OutboxKind::inventory;
        request.idempotency_key = document.at("idempotency_key").get<std::string>();
        request.payload_json = payload;
        request.not_before = now;
        request.created_at = now;
        return transaction.outbox().enqueue(request).row;
      });
  if (invalid) {
    return *invalid;
  }
  if (!queued) {
    return report;
  }

  auto channel = channels.channel_for(account);
  if (!channel) {
    report.channel_error = channel.error().message;
  } else {
    OutboxDelivery delivery(store, clock, jitter, options);
    report.counts = delivery.deliver_due(account.id, **channel);
  }
  report.row = store.begin_read()->outbox().find(queued->id);
  return report;
}

}  // namespace orderhub::pipeline
