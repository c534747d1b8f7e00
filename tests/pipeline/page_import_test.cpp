// Storing one downloaded page on a real store: inserts with history and acknowledgements, updates
// that keep hub state, unchanged orders that write nothing, filters, and quarantine entries that
// are not repeated when a page is read again.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/documents/schema_validator.h"
#include "pipeline/download/page_import.h"
#include "pipeline_test_support.h"

namespace orderhub::pipeline {
namespace {

using nlohmann::json;
using testing::at;
using testing::sample_order;

class PageImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = store::open_store(directory_.file("hub.db"));
    testing::add_account(*store_, "shop");
    account_ = store::in_read_transaction(*store_, [](store::Transaction& transaction) {
                 return transaction.accounts().find(testing::account_id("shop"));
               }).value();
  }

  DownloadSummary import(const OrderBatch& batch, Acknowledge acknowledge = Acknowledge::yes,
                         const AccountSettings& settings = AccountSettings{}) {
    const PageImport page{account_, settings, acknowledge, at("2026-11-21T08:00:00Z")};
    return store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
      return import_page(transaction, page, batch);
    });
  }

  template <class Work>
  auto read(Work&& work) {
    return store::in_read_transaction(*store_, std::forward<Work>(work));
  }

  std::vector<domain::OutboxRow> outbox() {
    return read([](store::Transaction& transaction) {
      store::OutboxFilter all;
      all.limit = -1;
      return transaction.outbox().list(all);
    });
  }

  domain::Order stored(const char* channel_order_id) {
    return read([&](store::Transaction& transaction) {
             return transaction.orders().find(
                 testing::account_id("shop"),
                 domain::ChannelOrderId::parse(channel_order_id).value());
           })
        .value();
  }

  std::vector<domain::HistoryEvent> history(const char* channel_order_id) {
    const domain::OrderId id = stored(channel_order_id).id;
    return read([&](store::Transaction& transaction) { return transaction.history().list(id); });
  }

  testing::TemporaryDirectory directory_;
  std::unique_ptr<store::Store> store_;
  domain::Account account_;
};

TEST_F(PageImportTest, NewOrdersAreInsertedWithAnImportEventAndAnAcknowledgement) {
  OrderBatch batch;
  batch.orders = {sample_order("shop", "1001"), sample_order("shop", "1002")};
  const DownloadSummary counts = import(batch);
  EXPECT_EQ(counts.inserted, 2);

  const domain::Order order = stored("1001");
  EXPECT_EQ(order.imported_at, at("2026-11-21T08:00:00Z"));
  EXPECT_TRUE(order.shipping.unmapped);
  const auto events = history("1001");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, "imported");
  EXPECT_EQ(events[0].actor, "download");

  const auto rows = outbox();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].kind, domain::OutboxKind::acknowledgement);
  EXPECT_EQ(rows[0].idempotency_key, "ack:shop:1001");
  EXPECT_EQ(rows[0].order_id, order.id);
  const json payload = json::parse(rows[0].payload_json);
  EXPECT_EQ(payload["schema"], "orderhub.acknowledgement/1");
  EXPECT_EQ(payload["idempotency_key"], "ack:shop:1001");
  EXPECT_EQ(payload["orders"][0]["channel_order_id"], "1001");
  EXPECT_TRUE(SchemaValidator::shared().validate("acknowledgement", payload).empty());
}

TEST_F(PageImportTest, NoAcknowledgementWithoutTheCapabilityOrForThirdPartyOrders) {
  OrderBatch batch;
  batch.orders = {sample_order("shop", "1001")};
  import(batch, Acknowledge::no);
  EXPECT_TRUE(outbox().empty());

  domain::Order third_party = sample_order("shop", "1002");
  third_party.third_party_managed = true;
  batch.orders = {third_party};
  import(batch, Acknowledge::yes);
  EXPECT_TRUE(outbox().empty());
}

TEST_F(PageImportTest, TheSamePageAgainWritesNothing) {
  OrderBatch batch;
  batch.orders = {sample_order("shop", "1001")};
  import(batch);
  const DownloadSummary again = import(batch);
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.unchanged, 1);
  EXPECT_EQ(history("1001").size(), 1u);
  EXPECT_EQ(outbox().size(), 1u);
}

TEST_F(PageImportTest, AChangedOrderIsUpdatedKeepingHubStateWithBeforeAndAfter) {
  OrderBatch batch;
  batch.orders = {sample_order("shop", "1001")};
  import(batch);
  domain::Order held = stored("1001");
  held.status = domain::OrderStatus::on_hold;
  held.notes = "check address";
  store::in_write_transaction(
      *store_, [&](store::Transaction& transaction) { transaction.orders().update(held); });

  domain::Order changed = sample_order("shop", "1001");
  changed.ship_to.city = "Lyon";
  changed.updated_at = at("2026-11-21T07:00:00Z");
  batch.orders = {changed};
  EXPECT_EQ(import(batch).updated, 1);

  const domain::Order after = stored("1001");
  EXPECT_EQ(after.id, held.id);
  EXPECT_EQ(after.ship_to.city, "Lyon");
  EXPECT_EQ(after.status, domain::OrderStatus::on_hold);
  EXPECT_EQ(after.notes, "check address");
  const auto events = history("1001");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].kind, "updated");
  EXPECT_EQ(json::parse(events[1].before_json)["ship_to"]["city"], "Springfield");
  EXPECT_EQ(json::parse(events[1].after_json)["ship_to"]["city"], "Lyon");
  EXPECT_EQ(outbox().size(), 1u) << "an update is not acknowledged again";
}

TEST_F(PageImportTest, FiltersSkipNewOrdersButNeverStopUpdates) {
  OrderBatch batch;
  batch.orders = {sample_order("shop", "1001")};
  import(batch);

  domain::Order now_unpaid = sample_order("shop", "1001");
  now_unpaid.payment_status = domain::PaymentStatus::payment_error;
  domain::Order new_unpaid = sample_order("shop", "1002");
  new_unpaid.payment_status = domain::PaymentStatus::no_payment;
  batch.orders = {now_unpaid, new_unpaid};
  const DownloadSummary counts = import(batch);
  EXPECT_EQ(counts.updated, 1);
  EXPECT_EQ(counts.skipped_unpaid, 1);
  EXPECT_EQ(stored("1001").payment_status, domain::PaymentStatus::payment_error);
  const bool second_stored = read([](store::Transaction& transaction) {
    return transaction.orders()
        .find(testing::account_id("shop"), domain::ChannelOrderId::parse("1002").value())
        .has_value();
  });
  EXPECT_FALSE(second_stored);
}

TEST_F(PageImportTest, RefusedOrdersAreQuarantinedOnceEach) {
  OrderBatch batch;
  batch.refused = {RefusedOrder{"1003", FieldError{"lines/0/quantity", "is negative (-1)"}, "{}"}};
  EXPECT_EQ(import(batch).quarantined, 1);
  EXPECT_EQ(import(batch).quarantined, 1);
  const auto entries = read([](store::Transaction& transaction) {
    return transaction.quarantine().list(testing::account_id("shop"));
  });
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].channel_order_id, "1003");
  EXPECT_EQ(entries[0].field, "lines/0/quantity");
  EXPECT_EQ(entries[0].message, "is negative (-1)");
}

}  // namespace
}  // namespace orderhub::pipeline
