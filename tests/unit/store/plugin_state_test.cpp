// plugin_state_test.cpp: each account's durable plugin key-value state.
#include <gtest/gtest.h>

#include "store/store.h"
#include "store_test_support.h"

namespace orderhub::store {
namespace {

using testing::account_id;

TEST(PluginState, ValuesAreBytesKeptPerAccount) {
  testing::TemporaryDirectory directory;
  std::unique_ptr<Store> store = open_store(directory.file("orderhub.db"));
  testing::add_account(*store, "shop");
  testing::add_account(*store, "market");
  const std::string bytes("token\0with\xffnul", 15);

  in_write_transaction(*store, [&](Transaction& transaction) {
    transaction.key_values().put(account_id("shop"), "oauth.token", bytes);
    transaction.key_values().put(account_id("shop"), "empty", "");
    transaction.key_values().put(account_id("market"), "oauth.token", "other");
  });
  std::unique_ptr<Transaction> reading = store->begin_read();
  EXPECT_EQ(reading->key_values().get(account_id("shop"), "oauth.token"), bytes);
  EXPECT_EQ(reading->key_values().get(account_id("shop"), "empty"), "");
  EXPECT_EQ(reading->key_values().get(account_id("market"), "oauth.token"), "other");
  EXPECT_FALSE(reading->key_values().get(account_id("shop"), "missing").has_value());
}

TEST(PluginState, PutReplacesAndRemoveForgets) {
  testing::TemporaryDirectory directory;
  std::unique_ptr<Store> store = open_store(directory.file("orderhub.db"));
  testing::add_account(*store, "shop");
  in_write_transaction(*store, [&](Transaction& transaction) {
    transaction.key_values().put(account_id("shop"), "k", "1");
    transaction.key_values().put(account_id("shop"), "k", "2");
  });
  EXPECT_EQ(store->begin_read()->key_values().get(account_id("shop"), "k"), "2");
  in_write_transaction(*store, [&](Transaction& transaction) {
    transaction.key_values().remove(account_id("shop"), "k");
    transaction.key_values().remove(account_id("shop"), "never-there");
  });
  EXPECT_FALSE(store->begin_read()->key_values().get(account_id("shop"), "k").has_value());
}

}  // namespace
}  // namespace orderhub::store
