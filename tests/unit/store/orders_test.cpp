// orders_test.cpp: storing orders: round trips, the idempotent import upsert, updates, listing,
// transactions that roll back, and refusals.
#include <gtest/gtest.h>

#include "store/store.h"
#include "store_test_support.h"

namespace orderhub::store {
namespace {

using testing::account_id;
using testing::sample_order;

class OrdersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = open_store(directory_.file("orderhub.db"));
    testing::add_account(*store_, "shop");
    testing::add_account(*store_, "market");
  }

  std::optional<domain::Order> find(domain::OrderId id) {
    return store_->begin_read()->orders().find(id);
  }

  testing::TemporaryDirectory directory_;
  std::unique_ptr<Store> store_;
  const domain::AccountId shop_ = account_id("shop");
};

TEST_F(OrdersTest, ReadsBackEveryFieldAsStored) {
  const domain::Order order = sample_order(shop_, "1001");
  const UpsertResult result = testing::import(*store_, order);
  ASSERT_EQ(result.outcome, UpsertOutcome::inserted);
  EXPECT_GT(result.id.value, 0);
  EXPECT_FALSE(result.previous.has_value());

  domain::Order expected = order;
  expected.id = result.id;
  EXPECT_EQ(find(result.id), expected);
  EXPECT_EQ(store_->begin_read()->orders().find(shop_, order.channel_order_id), expected);
}

TEST_F(OrdersTest, ImportingTheSameOrderTwiceKeepsOneRowAndReportsUnchanged) {
  const domain::Order order = sample_order(shop_, "1001");
  const UpsertResult first = testing::import(*store_, order);

  domain::Order again = order;
  again.imported_at = testing::at("2026-11-21T00:00:00Z");  // a later run
  const UpsertResult second = testing::import(*store_, again);

  EXPECT_EQ(second.outcome, UpsertOutcome::unchanged);
  EXPECT_EQ(second.id, first.id);
  EXPECT_EQ(store_->begin_read()->orders().count({}), 1);
  // The first import time stays.
  EXPECT_EQ(find(first.id)->imported_at, order.imported_at);
}

TEST_F(OrdersTest, ImportingAChangedOrderUpdatesItInPlaceAndReturnsThePrevious) {
  const domain::Order order = sample_order(shop_, "1001");
  const UpsertResult first = testing::import(*store_, order);

  domain::Order changed = order;
  changed.updated_at = testing::at("2026-11-21T09:00:00Z");
  changed.ship_to.line1 = "3 New Road";
  changed.lines.pop_back();
  changed.lines[0].quantity = 3;
  const UpsertResult second = testing::import(*store_, changed);

  EXPECT_EQ(second.outcome, UpsertOutcome::updated);
  EXPECT_EQ(second.id, first.id);
  ASSERT_TRUE(second.previous.has_value());
  EXPECT_EQ(second.previous->ship_to.line1, "1 Engine Way");
  EXPECT_EQ(second.previous->lines.size(), 2u);

  const std::optional<domain::Order> stored = find(first.id);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->ship_to.line1, "3 New Road");
  ASSERT_EQ(stored->lines.size(), 1u);
  EXPECT_EQ(stored->lines[0].quantity, 3);
  EXPECT_EQ(store_->begin_read()->orders().count({}), 1);
}

TEST_F(OrdersTest, SameChannelOrderIdInAnotherAccountIsAnotherOrder) {
  const UpsertResult shop = testing::import(*store_, sample_order(shop_, "1001"));
  const UpsertResult market = testing::import(*store_, sample_order(account_id("market"), "1001"));
  EXPECT_EQ(market.outcome, UpsertOutcome::inserted);
  EXPECT_NE(market.id, shop.id);
}

TEST_F(OrdersTest, UpdateReplacesHubStateAndLines) {
  const UpsertResult imported = testing::import(*store_, sample_order(shop_, "1001"));
  domain::Order order = *find(imported.id);
  order.status = domain::OrderStatus::completed;
  order.shipping_status = domain::ShippingStatus::fully_shipped;
  order.channel_notified_for_shipping = true;
  order.lines[0].quantity_shipped = 2;
  order.notes = "shipped";
  in_write_transaction(*store_,
                       [&](Transaction& transaction) { transaction.orders().update(order); });
  EXPECT_EQ(find(imported.id), order);
}

TEST_F(OrdersTest, UpdateOfAMissingOrderIsNotFound) {
  domain::Order order = sample_order(shop_, "1001");
  order.id = domain::OrderId{424242};
  std::unique_ptr<Transaction> transaction = store_->begin_write();
  try {
    transaction->orders().update(order);
    FAIL() << "update of a missing order succeeded";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::not_found);
    EXPECT_NE(std::string(error.what()).find("424242"), std::string::npos);
  }
}

TEST_F(OrdersTest, ARolledBackTransactionLeavesNothing) {
  {
    std::unique_ptr<Transaction> transaction = store_->begin_write();
    transaction->accounts().add(testing::sample_account("ghost"));
    const UpsertResult result = transaction->orders().upsert_imported(sample_order(shop_, "1001"));
    transaction->history().append(domain::HistoryEvent{.order_id = result.id, .kind = "imported"});
    transaction->key_values().put(shop_, "token", "abc");
    // Destroyed without commit.
  }
  std::unique_ptr<Transaction> reading = store_->begin_read();
  EXPECT_EQ(reading->orders().count({}), 0);
  EXPECT_FALSE(reading->accounts().find(account_id("ghost")).has_value());
  EXPECT_FALSE(reading->key_values().get(shop_, "token").has_value());
}

TEST_F(OrdersTest, AnExceptionInsideInWriteTransactionRollsBack) {
  EXPECT_THROW(
      in_write_transaction(*store_,
                           [&](Transaction& transaction) {
                             transaction.orders().upsert_imported(sample_order(shop_, "1001"));
                             throw std::runtime_error("pipeline refused");
                           }),
      std::runtime_error);
  EXPECT_EQ(store_->begin_read()->orders().count({}), 0);
}

TEST_F(OrdersTest, AReadTransactionRefusesWrites) {
  std::unique_ptr<Transaction> reading = store_->begin_read();
  EXPECT_FALSE(reading->is_writable());
  try {
    reading->orders().upsert_imported(sample_order(shop_, "1001"));
    FAIL() << "a read transaction wrote";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::misuse);
  }
}

TEST_F(OrdersTest, ACommittedTransactionCannotBeUsedAgain) {
  std::unique_ptr<Transaction> transaction = store_->begin_write();
  transaction->commit();
  EXPECT_THROW(transaction->orders().count({}), StoreError);
  EXPECT_THROW(transaction->commit(), StoreError);
}

TEST_F(OrdersTest, RefusesAnAmountInAnotherCurrencyNamingTheField) {
  domain::Order order = sample_order(shop_, "1001");
  order.lines[1].tax = domain::Money{90, domain::Currency::parse("EUR").value()};
  std::unique_ptr<Transaction> transaction = store_->begin_write();
  try {
    transaction->orders().upsert_imported(order);
    FAIL() << "mixed currencies were stored";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::invalid_value);
    EXPECT_NE(std::string(error.what()).find("lines[1].tax"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("\"1001\""), std::string::npos) << error.what();
  }
}

TEST_F(OrdersTest, RefusesAnOrderOfAnUnknownAccount) {
  std::unique_ptr<Transaction> transaction = store_->begin_write();
  try {
    transaction->orders().upsert_imported(sample_order(account_id("nobody"), "1001"));
    FAIL() << "an order of an unknown account was stored";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::not_found);
    EXPECT_NE(std::string(error.what()).find("there is no account \"nobody\""), std::string::npos)
        << error.what();
  }
}

TEST_F(OrdersTest, RefusesTwoLinesWithTheSameLineId) {
  domain::Order order = sample_order(shop_, "1001");
  order.lines[1].line_id = order.lines[0].line_id;
  std::unique_ptr<Transaction> transaction = store_->begin_write();
  EXPECT_THROW(transaction->orders().upsert_imported(order), StoreError);
}

TEST_F(OrdersTest, ListsByAccountAndStatusWithPaging) {
  for (int number = 1; number <= 5; ++number) {
    domain::Order order = sample_order(shop_, std::to_string(1000 + number));
    order.status = number % 2 == 0 ? domain::OrderStatus::on_hold : domain::OrderStatus::in_process;
    testing::import(*store_, order);
  }
  testing::import(*store_, sample_order(account_id("market"), "9001"));

  std::unique_ptr<Transaction> reading = store_->begin_read();
  EXPECT_EQ(reading->orders().count({}), 6);
  EXPECT_EQ(reading->orders().count({.account = shop_}), 5);
  EXPECT_EQ(reading->orders().count({.account = shop_, .status = domain::OrderStatus::on_hold}), 2);
  EXPECT_EQ(reading->orders().list({.limit = -1}).size(), 6u);

  const std::vector<domain::Order> page =
      reading->orders().list({.account = shop_, .limit = 2, .offset = 1});
  ASSERT_EQ(page.size(), 2u);
  EXPECT_EQ(page[0].channel_order_id.str(), "1002");
  EXPECT_EQ(page[1].channel_order_id.str(), "1003");
  EXPECT_EQ(page[0].lines.size(), 2u);

  const std::vector<domain::Order> held =
      reading->orders().list({.status = domain::OrderStatus::on_hold});
  ASSERT_EQ(held.size(), 2u);
  EXPECT_EQ(held[1].channel_order_id.str(), "1004");
}

}  // namespace
}  // namespace orderhub::store
