// Naming an order by its hub id or by ACCOUNT:CHANNEL_ORDER_ID.
#include <gtest/gtest.h>

#include "pipeline/download/order_merge.h"
#include "pipeline/orders/order_reference.h"
#include "pipeline_test_support.h"

namespace orderhub::pipeline {
namespace {

class OrderReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = store::open_store(directory_.file("hub.db"));
    testing::add_account(*store_, "shop");
    testing::add_account(*store_, "other");
    stored_ = import("shop", "1001");
    import("other", "1001");
    import("shop", "A:B:7");
  }

  domain::OrderId import(const char* account, const char* channel_order_id) {
    const domain::Order order =
        prepare_new_order(testing::sample_order(account, channel_order_id), std::nullopt,
                          testing::at("2026-11-21T00:00:00Z"));
    return store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
      return transaction.orders().upsert_imported(order).id;
    });
  }

  domain::Result<domain::OrderId> resolve(std::string_view reference) {
    return store::in_read_transaction(*store_, [&](store::Transaction& transaction) {
      return resolve_order_reference(transaction, reference);
    });
  }

  testing::TemporaryDirectory directory_;
  std::unique_ptr<store::Store> store_;
  domain::OrderId stored_;
};

TEST_F(OrderReferenceTest, AHubIdNamesThatOrder) {
  EXPECT_EQ(resolve(std::to_string(stored_.value)).value(), stored_);
}

TEST_F(OrderReferenceTest, AccountAndChannelOrderIdNameTheAccountsOrder) {
  EXPECT_EQ(resolve("shop:1001").value(), stored_);
  EXPECT_NE(resolve("other:1001").value(), stored_);
}

TEST_F(OrderReferenceTest, AChannelOrderIdMayContainColons) {
  EXPECT_TRUE(resolve("shop:A:B:7").ok());
}

TEST_F(OrderReferenceTest, AnUnknownHubIdIsNamed) {
  const auto result = resolve("999");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message, "no order 999");
}

TEST_F(OrderReferenceTest, AnUnknownAccountIsNamed) {
  const auto result = resolve("nowhere:1001");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message, "unknown account \"nowhere\"");
}

TEST_F(OrderReferenceTest, AnUnknownChannelOrderIsNamedWithItsAccount) {
  const auto result = resolve("shop:4242");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message, "no order \"4242\" in account \"shop\"");
}

TEST_F(OrderReferenceTest, AnythingElseIsNotAReference) {
  for (const char* reference : {"", "abc", "-1", "0", "+5", "12x", "Shop:1001", "shop:", ":1001"}) {
    const auto result = resolve(reference);
    ASSERT_FALSE(result.ok()) << reference;
    EXPECT_NE(result.error().message.find("is not an order reference"), std::string::npos)
        << reference << ": " << result.error().message;
  }
}

}  // namespace
}  // namespace orderhub::pipeline
