// accounts_test.cpp: accounts, shipping mappings, quarantine, download cursors and inventory.
#include <gtest/gtest.h>

#include "store/store.h"
#include "store_test_support.h"

namespace orderhub::store {
namespace {

using testing::account_id;
using testing::at;

class AccountsTest : public ::testing::Test {
 protected:
  void SetUp() override { store_ = open_store(directory_.file("orderhub.db")); }

  template <class Work>
  decltype(auto) write(Work&& work) {
    return in_write_transaction(*store_, std::forward<Work>(work));
  }

  testing::TemporaryDirectory directory_;
  std::unique_ptr<Store> store_;
};

TEST_F(AccountsTest, AccountsAreAddedFoundListedAndChanged) {
  const domain::Account shop = testing::sample_account("shop");
  const domain::Account market = testing::sample_account("market");
  write([&](Transaction& transaction) {
    transaction.accounts().add(shop);
    transaction.accounts().add(market);
  });
  EXPECT_EQ(store_->begin_read()->accounts().find(shop.id), shop);
  EXPECT_EQ(store_->begin_read()->accounts().list(), (std::vector<domain::Account>{market, shop}));

  write([&](Transaction& transaction) {
    transaction.accounts().replace_settings(shop.id, {{"download.enabled", "false"}});
    transaction.accounts().replace_config(shop.id, R"({"api_key":"rotated"})");
  });
  const domain::Account changed = *store_->begin_read()->accounts().find(shop.id);
  EXPECT_EQ(changed.settings, (std::map<std::string, std::string>{{"download.enabled", "false"}}));
  EXPECT_EQ(changed.config_json, R"({"api_key":"rotated"})");
  EXPECT_FALSE(store_->begin_read()->accounts().find(account_id("nobody")).has_value());
}

TEST_F(AccountsTest, ATakenAccountIdIsAConflict) {
  testing::add_account(*store_, "shop");
  std::unique_ptr<Transaction> transaction = store_->begin_write();
  try {
    transaction->accounts().add(testing::sample_account("shop"));
    FAIL() << "an account id was taken twice";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::conflict);
    EXPECT_NE(std::string(error.what()).find("\"shop\""), std::string::npos);
  }
}

TEST_F(AccountsTest, ChangingAMissingAccountIsNotFound) {
  std::unique_ptr<Transaction> transaction = store_->begin_write();
  try {
    transaction->accounts().replace_config(account_id("nobody"), "{}");
    FAIL() << "a missing account was changed";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::not_found);
  }
  EXPECT_THROW(transaction->accounts().replace_settings(account_id("nobody"), {}), StoreError);
}

TEST_F(AccountsTest, ShippingMappingsAreSetReplacedFoundAndRemoved) {
  testing::add_account(*store_, "shop");
  domain::ShippingMapping ground{.account = account_id("shop"),
                                 .channel_method = "UPS Ground",
                                 .carrier = "UPS",
                                 .service = "Ground",
                                 .rush = false,
                                 .code_to_send = "UPS",
                                 .service_code = "03"};
  const domain::ShippingMapping express{.account = account_id("shop"),
                                        .channel_method = "Express",
                                        .carrier = "FedEx",
                                        .service = "Priority Overnight",
                                        .rush = true,
                                        .code_to_send = "FEDEX",
                                        .service_code = "PO"};
  write([&](Transaction& transaction) {
    transaction.mappings().put(ground);
    transaction.mappings().put(express);
    ground.service = "Ground Saver";
    transaction.mappings().put(ground);
  });
  std::unique_ptr<Transaction> reading = store_->begin_read();
  EXPECT_EQ(reading->mappings().find(account_id("shop"), "UPS Ground"), ground);
  EXPECT_FALSE(reading->mappings().find(account_id("shop"), "ups ground").has_value());
  EXPECT_EQ(reading->mappings().list(account_id("shop")),
            (std::vector<domain::ShippingMapping>{express, ground}));
  reading.reset();

  write([&](Transaction& transaction) {
    EXPECT_TRUE(transaction.mappings().remove(account_id("shop"), "Express"));
    EXPECT_FALSE(transaction.mappings().remove(account_id("shop"), "Express"));
  });
  EXPECT_EQ(store_->begin_read()->mappings().list(account_id("shop")).size(), 1u);
}

TEST_F(AccountsTest, QuarantinedOrdersAreListedNewestFirstPerAccount) {
  testing::add_account(*store_, "shop");
  testing::add_account(*store_, "market");
  domain::QuarantinedOrder malformed{.account = account_id("shop"),
                                     .channel_order_id = "1002",
                                     .field = "lines[0].quantity",
                                     .message = "quantity \"-1\" is negative",
                                     .raw = R"({"id":"1002"})",
                                     .at = at("2026-11-23T12:00:00Z")};
  domain::QuarantinedOrder anonymous{.account = account_id("shop"),
                                     .channel_order_id = std::nullopt,
                                     .field = "id",
                                     .message = "missing",
                                     .raw = "{}",
                                     .at = at("2026-11-23T12:00:01Z")};
  domain::QuarantinedOrder elsewhere = anonymous;
  elsewhere.account = account_id("market");
  write([&](Transaction& transaction) {
    malformed.id = transaction.quarantine().add(malformed);
    anonymous.id = transaction.quarantine().add(anonymous);
    elsewhere.id = transaction.quarantine().add(elsewhere);
  });
  std::unique_ptr<Transaction> reading = store_->begin_read();
  EXPECT_EQ(reading->quarantine().list(account_id("shop")),
            (std::vector<domain::QuarantinedOrder>{anonymous, malformed}));
  EXPECT_EQ(reading->quarantine().list(std::nullopt).size(), 3u);
}

TEST_F(AccountsTest, DownloadCursorsAreCreatedAndReplaced) {
  testing::add_account(*store_, "shop");
  EXPECT_FALSE(store_->begin_read()->cursors().find(account_id("shop")).has_value());

  domain::DownloadCursor cursor{.account = account_id("shop"),
                                .watermark = std::nullopt,
                                .run_since = at("2026-11-01T00:00:00Z"),
                                .page_token = "3",
                                .last_run_at = at("2026-11-23T12:00:00Z"),
                                .last_success_at = std::nullopt,
                                .last_error = ""};
  write([&](Transaction& transaction) { transaction.cursors().save(cursor); });
  EXPECT_EQ(store_->begin_read()->cursors().find(account_id("shop")), cursor);

  cursor.watermark = at("2026-11-23T11:59:00Z");
  cursor.page_token = std::nullopt;
  cursor.last_success_at = at("2026-11-23T12:00:30Z");
  write([&](Transaction& transaction) { transaction.cursors().save(cursor); });
  EXPECT_EQ(store_->begin_read()->cursors().find(account_id("shop")), cursor);
}

TEST_F(AccountsTest, InventoryIsSetListedAndAdjusted) {
  const domain::InventoryItem widget{.sku = "SKU-1",
                                     .on_hand = 0,
                                     .on_order = 12,
                                     .expected_date = domain::parse_date("2026-12-15").value(),
                                     .container_on_order = 40,
                                     .container_eta = domain::parse_date("2027-01-10").value(),
                                     .unit_cost = testing::usd(725)};
  write([&](Transaction& transaction) {
    transaction.inventory().put(widget);
    EXPECT_EQ(transaction.inventory().adjust_on_hand("SKU-1", 3), 3);
    EXPECT_EQ(transaction.inventory().adjust_on_hand("SKU-1", -5), -2);
    // A restock of a SKU never stocked before creates it.
    EXPECT_EQ(transaction.inventory().adjust_on_hand("SKU-NEW", 2), 2);
  });
  domain::InventoryItem expected = widget;
  expected.on_hand = -2;
  std::unique_ptr<Transaction> reading = store_->begin_read();
  EXPECT_EQ(reading->inventory().find("SKU-1"), expected);
  const std::vector<domain::InventoryItem> items = reading->inventory().list();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[1].sku, "SKU-NEW");
  EXPECT_FALSE(items[1].unit_cost.has_value());
  EXPECT_FALSE(items[1].expected_date.has_value());
  EXPECT_FALSE(reading->inventory().find("SKU-MISSING").has_value());
}

}  // namespace
}  // namespace orderhub::store
