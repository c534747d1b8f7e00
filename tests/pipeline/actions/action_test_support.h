// action_test_support.h: what the action and outbox tests share: a real store in a temporary
// directory with one account and one paid, unshipped two-line order, channels with and without
// capabilities, and a snapshot of everything an action may change (to prove a refusal changed
// nothing).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "domain/inventory.h"
#include "domain/order.h"
#include "pipeline/actions/actions.h"
#include "store/store.h"

namespace orderhub::pipeline::testing {

// A fresh directory under the system temporary directory, removed with everything in it.
class TemporaryDirectory {
 public:
  TemporaryDirectory();
  ~TemporaryDirectory();
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

domain::Timestamp at(const char* text);
domain::Money usd(std::int64_t minor);
domain::AccountId account_id(const char* text);

// Paid 48.30 USD, in process, unshipped; shipping "UPS Ground" mapped to UPS / Ground (code to
// send "UPS", service code "03"). Lines:
//   "7": SKU-1 "Widget", 2 x 15.00, tax 2.40 for the line
//   "8": SKU-2 "Gadget", 1 x 10.00, tax 0.90
// Totals: items 40.00, shipping 5.00, tax 3.30, total 48.30.
domain::Order sample_order(const domain::AccountId& account, const std::string& channel_order_id);

// Everything an action can change about one order, and the store-wide counts around it.
struct Snapshot {
  domain::Order order;
  std::size_t shipments = 0;
  std::size_t cancellations = 0;
  std::size_t refunds = 0;
  std::size_t rmas = 0;
  std::size_t history = 0;
  std::size_t outbox_rows = 0;
  std::vector<domain::InventoryItem> inventory;

  friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

class ActionTest : public ::testing::Test {
 protected:
  ActionTest();

  // Imports another order for the account and returns its id.
  domain::OrderId import(const domain::Order& order);
  domain::Order stored(domain::OrderId id);
  void store_order(const domain::Order& order);
  Snapshot snapshot(domain::OrderId id);
  std::vector<domain::OutboxRow> outbox_rows();
  std::vector<domain::HistoryEvent> history(domain::OrderId id);

  // A channel that takes shipments, cancellations and refunds (like CS-Cart or Overstock).
  ChannelFacts full_channel(ActionSettings settings = {}) const { return {full_, settings}; }
  // A channel that takes shipments only: cancellations and refunds happen on its own site (like
  // Smart Bargains or Cdiscount).
  ChannelFacts site_only_channel(ActionSettings settings = {}) const {
    return {site_only_, settings};
  }
  ActionContext context() const { return ActionContext{"cli", now_}; }

  // Ships everything through a full channel and lets the channel confirm it (Ship Confirmed).
  void ship_and_confirm(domain::OrderId id);

  TemporaryDirectory directory_;
  std::unique_ptr<store::Store> store_;
  const domain::AccountId shop_ = account_id("shop");
  const domain::Timestamp now_ = at("2026-11-23T12:00:00Z");
  domain::OrderId order_id_;
  CapabilityList full_{{"orders.download", "shipment.upload", "cancel.channel", "refund.channel"}};
  CapabilityList site_only_{{"orders.download", "shipment.upload"}};
};

}  // namespace orderhub::pipeline::testing
