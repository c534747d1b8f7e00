// page_import.h: storing one downloaded page inside the caller's write transaction: each order
// upserted on (account, channel order id) with its history event, the refused ones quarantined,
// and an acknowledgement queued for each new order when the channel wants one. The caller saves
// the cursor in the same transaction, so the page and the cursor commit together.
#pragma once

#include "domain/account.h"
#include "domain/time.h"
#include "pipeline/accounts/account_settings.h"
#include "pipeline/download/download_summary.h"
#include "pipeline/download/order_batch.h"
#include "store/store.h"

namespace orderhub::pipeline {

// Whether new orders get an acknowledgement outbox row (the plugin declares orders.acknowledge).
enum class Acknowledge { no, yes };

struct PageImport {
  const domain::Account& account;
  const AccountSettings& settings;
  Acknowledge acknowledge = Acknowledge::no;
  domain::Timestamp now{};
};

// Counts the page's orders (pages stays 0: the caller counts committed pages).
DownloadSummary import_page(store::Transaction& transaction, const PageImport& page,
                            const OrderBatch& batch);

// The idempotency key of an order's acknowledgement: "ack:<account>:<channel order id>".
std::string acknowledgement_key(const domain::Order& order);

}  // namespace orderhub::pipeline
