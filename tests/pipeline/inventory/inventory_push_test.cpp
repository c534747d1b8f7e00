// inventory_push_test.cpp: `inventory push` below the command line: refusals, the exact document a
// real loaded plugin receives through the outbox, nothing sent when nothing is out of stock, and a
// failed delivery left queued for sync, on a real SQLite store.
#include <gtest/gtest.h>

#include "orderhub/loader/plugin_registry.h"
#include "pipeline/channels/channel_session.h"
#include "pipeline/inventory/inventory_push.h"
#include "pipeline_test_support.h"

namespace orderhub::pipeline::testing {
namespace {

constexpr const char* kRecorder = "org.orderhub.tests.inventoryrecorder";

class FixedJitter final : public Jitter {
 public:
  double fraction() override { return 0.5; }
};

// Moves the test clock instead of sleeping.
class ClockSleeper final : public Sleeper {
 public:
  explicit ClockSleeper(services::ManualClock& clock) : clock_(clock) {}
  void sleep_until(std::chrono::system_clock::time_point when) override { clock_.set(when); }

 private:
  services::ManualClock& clock_;
};

// The account's real plugin instance, as `sync` gets it.
class RecorderChannels final : public ChannelProvider {
 public:
  RecorderChannels(store::Store& store, const loader::PluginRegistry& registry,
                   std::shared_ptr<const services::Clock> clock)
      : sessions_(store, registry, std::move(clock)) {}

  domain::Result<OutboxChannel*> channel_for(const domain::Account& account) override {
    auto session = sessions_.session_for(account.id);
    if (!session) {
      return session.error();
    }
    channel_ = std::make_unique<PluginOutboxChannel>((*session)->instance());
    return channel_.get();
  }

 private:
  ChannelSessions sessions_;
  std::unique_ptr<PluginOutboxChannel> channel_;
};

class InventoryPushTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = store::open_store(directory_.file("hub.db"));
    add_account({{"inventory.backorder", "true"}}, "{}");
  }

  void add_account(std::map<std::string, std::string> settings, std::string config) {
    account_.id = account_id("shop");
    account_.plugin_id = kRecorder;
    account_.config_json = std::move(config);
    account_.settings = std::move(settings);
    account_.created_at = at("2026-11-01T00:00:00Z");
    store::in_write_transaction(
        *store_, [&](store::Transaction& transaction) { transaction.accounts().add(account_); });
  }

  void stock(const char* sku, std::int64_t on_hand, std::int64_t on_order,
             std::optional<domain::Date> expected) {
    domain::InventoryItem item;
    item.sku = sku;
    item.on_hand = on_hand;
    item.on_order = on_order;
    item.expected_date = expected;
    store::in_write_transaction(
        *store_, [&](store::Transaction& transaction) { transaction.inventory().put(item); });
  }

  CapabilityList recorder_capabilities() const {
    auto plugin = find_channel_plugin(registry_, kRecorder);
    EXPECT_TRUE(plugin.ok()) << plugin.error().message;
    return CapabilityList((*plugin)->capabilities);
  }

  domain::Result<InventoryPushReport> push(const ChannelCapabilities& capabilities) {
    RecorderChannels channels(*store_, registry_, clock_);
    return push_inventory(*store_, account_, capabilities, channels, *clock_, jitter_);
  }

  // What the plugin kept in its key-value state.
  std::optional<std::string> received(const std::string& key) {
    return store_->begin_read()->key_values().get(account_.id, key);
  }

  std::vector<domain::OutboxRow> outbox_rows() {
    store::OutboxFilter all;
    all.limit = -1;
    return store_->begin_read()->outbox().list(all);
  }

  TemporaryDirectory directory_;
  std::unique_ptr<store::Store> store_;
  domain::Account account_;
  loader::PluginRegistry registry_ = loader::PluginRegistry::scan(ORDERHUB_INVENTORY_TEST_PLUGINS);
  std::shared_ptr<services::ManualClock> clock_ =
      std::make_shared<services::ManualClock>(at("2026-11-23T10:00:00Z"));
  FixedJitter jitter_;
};

domain::Date date(int y, unsigned m, unsigned d) {
  return domain::Date(std::chrono::year(y), std::chrono::month(m), std::chrono::day(d));
}

TEST_F(InventoryPushTest, PluginReceivesTheExactDocumentThroughTheOutbox) {
  stock("A-FUTURE", 0, 12, date(2026, 12, 5));
  stock("B-NO-DATE", -2, 4, std::nullopt);
  stock("C-NOTHING", 0, 0, std::nullopt);
  stock("D-IN-STOCK", 3, 10, date(2026, 12, 1));

  auto report = push(recorder_capabilities());
  ASSERT_TRUE(report.ok()) << report.error().message;

  const std::string expected =
      R"({"schema":"orderhub.inventory_update/1",)"
      R"("idempotency_key":"inventory:shop:2026-11-23T10:00:00Z","items":[)"
      R"({"sku":"A-FUTURE","quantity":0,"quantity_on_order":12,"expected_delivery_date":"2026-12-05"},)"
      R"({"sku":"B-NO-DATE","quantity":0,"quantity_on_order":4,"expected_delivery_date":"2026-12-23"},)"
      R"({"sku":"C-NOTHING","quantity":0}]})";
  EXPECT_EQ(received("documents"), "1");
  EXPECT_EQ(received("document.1"), expected);

  ASSERT_TRUE(report->row.has_value());
  EXPECT_EQ(report->row->state, domain::OutboxState::done);
  EXPECT_EQ(report->row->channel_reference, "feed 1");
  EXPECT_EQ(report->row->kind, domain::OutboxKind::inventory);
  EXPECT_EQ(report->row->order_id, std::nullopt);
  EXPECT_EQ(report->row->payload_json, expected);
  EXPECT_EQ(report->counts.delivered, 1);
  EXPECT_EQ(report->items.size(), 3u);
  EXPECT_EQ(outbox_rows().size(), 1u);
}

TEST_F(InventoryPushTest, ContainersSettingSendsTheContainerFigures) {
  store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
    transaction.accounts().replace_settings(
        account_.id, {{"inventory.backorder", "true"}, {"inventory.use_containers", "true"}});
  });
  account_ = *store_->begin_read()->accounts().find(account_.id);
  domain::InventoryItem item;
  item.sku = "A";
  item.on_order = 12;
  item.expected_date = date(2026, 12, 5);
  item.container_on_order = 40;
  item.container_eta = date(2027, 1, 20);
  store::in_write_transaction(
      *store_, [&](store::Transaction& transaction) { transaction.inventory().put(item); });

  auto report = push(recorder_capabilities());
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(
      received("document.1"),
      R"({"schema":"orderhub.inventory_update/1",)"
      R"("idempotency_key":"inventory:shop:2026-11-23T10:00:00Z","items":[)"
      R"({"sku":"A","quantity":0,"quantity_on_order":40,"expected_delivery_date":"2027-01-20"}]})");
}

TEST_F(InventoryPushTest, RefusedWhenTheAccountDoesNotSendBackorders) {
  store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
    transaction.accounts().replace_settings(account_.id, {});
  });
  account_ = *store_->begin_read()->accounts().find(account_.id);
  stock("A", 0, 1, std::nullopt);

  auto report = push(recorder_capabilities());
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.error().message.find("inventory.backorder"), std::string::npos)
      << report.error().message;
  EXPECT_NE(report.error().message.find("\"shop\""), std::string::npos);
  EXPECT_TRUE(outbox_rows().empty());
}

TEST_F(InventoryPushTest, RefusedWhenThePluginLacksTheCapability) {
  stock("A", 0, 1, std::nullopt);
  auto report = push(CapabilityList({"orders.download", "shipment.upload"}));
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.error().message.find(kRecorder), std::string::npos) << report.error().message;
  EXPECT_NE(report.error().message.find("capability inventory.backorder"), std::string::npos)
      << report.error().message;
  EXPECT_TRUE(outbox_rows().empty());
  EXPECT_EQ(received("documents"), std::nullopt);
}

TEST_F(InventoryPushTest, NothingOutOfStockSendsNothing) {
  stock("A", 5, 0, std::nullopt);
  auto report = push(recorder_capabilities());
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_TRUE(report->items.empty());
  EXPECT_EQ(report->row, std::nullopt);
  EXPECT_TRUE(outbox_rows().empty());
  EXPECT_EQ(received("documents"), std::nullopt);
}

TEST_F(InventoryPushTest, PushesInTheSameSecondGetTheirOwnKeys) {
  stock("A", 0, 0, std::nullopt);
  ASSERT_TRUE(push(recorder_capabilities()).ok());
  auto second = push(recorder_capabilities());
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(second->row->idempotency_key, "inventory:shop:2026-11-23T10:00:00Z:2");
  EXPECT_EQ(second->row->state, domain::OutboxState::done);
  EXPECT_EQ(received("documents"), "2");
}

TEST_F(InventoryPushTest, FailedDeliveryStaysQueuedAndSyncDeliversItLater) {
  store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
    transaction.accounts().replace_config(account_.id, R"({"fail":"unavailable"})");
  });
  account_ = *store_->begin_read()->accounts().find(account_.id);
  stock("A", 0, 2, std::nullopt);

  auto report = push(recorder_capabilities());
  ASSERT_TRUE(report.ok()) << report.error().message;
  ASSERT_TRUE(report->row.has_value());
  EXPECT_EQ(report->row->state, domain::OutboxState::pending);
  EXPECT_NE(report->row->last_error.find("unavailable"), std::string::npos)
      << report->row->last_error;
  EXPECT_EQ(report->counts.retried, 1);
  EXPECT_EQ(received("documents"), std::nullopt);

  // The channel recovers; the next sync delivers the very same row.
  store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
    transaction.accounts().replace_config(account_.id, "{}");
  });
  RecorderChannels channels(*store_, registry_, clock_);
  ClockSleeper sleeper(*clock_);
  SyncOptions options;
  options.wait = true;
  auto synced = run_sync(*store_, channels, *clock_, jitter_, sleeper, options);
  ASSERT_TRUE(synced.ok()) << synced.error().message;
  EXPECT_EQ(synced->unfinished, 0);
  const domain::OutboxRow row = *store_->begin_read()->outbox().find(report->row->id);
  EXPECT_EQ(row.state, domain::OutboxState::done);
  EXPECT_EQ(received("documents"), "1");
  EXPECT_EQ(received("document.1"), row.payload_json);
  EXPECT_EQ(outbox_rows().size(), 1u);
}

}  // namespace
}  // namespace orderhub::pipeline::testing
