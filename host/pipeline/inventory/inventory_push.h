// inventory_push.h: one backorder push to an account's channel: check that the account wants
// backorders and that its plugin can take them, compute the feed from the hub's stock (as of the
// clock's today), queue it as ONE outbox row of kind inventory holding the exact
// orderhub.inventory_update/1 document, then deliver the account's due rows at once through the
// outbox delivery `sync` uses. A delivery that fails leaves the row in the outbox for the next
// sync: nothing is lost.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/account.h"
#include "domain/outbox.h"
#include "domain/result.h"
#include "orderhub/services/clock.h"
#include "pipeline/actions/channel_capabilities.h"
#include "pipeline/inventory/backorder_feed.h"
#include "pipeline/outbox/outbox_delivery.h"
#include "pipeline/outbox/sync.h"
#include "store/store.h"

namespace orderhub::pipeline {

struct InventoryPushReport {
  std::vector<BackorderItem> items{};  // what was sent; empty: nothing out of stock, nothing sent
  std::optional<domain::OutboxRow> row{};  // the push's outbox row as it stands after delivery
  DeliveryCounts counts{};      // every row of the account delivered by this push's delivery run
  std::string channel_error{};  // the channel could not be opened: the row waits for sync
};

// "inventory:<account>:<now>", with ":2", ":3"... when a push in the same second took it.
std::string inventory_idempotency_key(store::Transaction& transaction,
                                      const domain::AccountId& account, domain::Timestamp now);

// Refused, changing nothing, when the account's inventory.backorder setting is off, when its
// plugin does not declare inventory.backorder, or when its settings are invalid. Each message
// names the account and what to change.
domain::Result<InventoryPushReport> push_inventory(store::Store& store,
                                                   const domain::Account& account,
                                                   const ChannelCapabilities& capabilities,
                                                   ChannelProvider& channels,
                                                   const services::Clock& clock, Jitter& jitter,
                                                   const DeliveryOptions& options = {});

}  // namespace orderhub::pipeline
