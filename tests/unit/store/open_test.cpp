// open_test.cpp: opening a database file: creation, migrations, reopening, refusals.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "store/sqlite/migrations.h"
#include "store/store.h"
#include "store_test_support.h"

namespace orderhub::store {
namespace {

using testing::TemporaryDirectory;

// Runs SQL on the file directly, as another program (or another orderhub version) would.
std::string query_file(const std::string& path, const std::string& sql) {
  sqlite3* database = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &database), SQLITE_OK);
  std::string answer;
  sqlite3_exec(
      database, sql.c_str(),
      [](void* result, int, char** values, char**) {
        *static_cast<std::string*>(result) += values[0] != nullptr ? values[0] : "NULL";
        return 0;
      },
      &answer, nullptr);
  sqlite3_close(database);
  return answer;
}

StoreError::Kind open_error_kind(const std::string& path, std::string* message) {
  try {
    open_store(path);
  } catch (const StoreError& error) {
    *message = error.what();
    return error.kind();
  }
  ADD_FAILURE() << "open_store(\"" << path << "\") succeeded";
  return StoreError::Kind::database;
}

TEST(OpenStore, CreatesDirectoriesAndTheSchemaOnAFreshFile) {
  TemporaryDirectory directory;
  const std::string path = directory.file("nested/deeper/orderhub.db");
  std::unique_ptr<Store> store = open_store(path);
  EXPECT_TRUE(std::filesystem::exists(path));
  EXPECT_EQ(store->schema_version(), sqlite::latest_schema_version());
  EXPECT_TRUE(store->check_integrity().empty());
}

TEST(OpenStore, KeepsDataAndVersionAcrossReopening) {
  TemporaryDirectory directory;
  const std::string path = directory.file("orderhub.db");
  {
    std::unique_ptr<Store> store = open_store(path);
    testing::add_account(*store, "shop");
    testing::import(*store, testing::sample_order(testing::account_id("shop"), "1001"));
  }
  std::unique_ptr<Store> reopened = open_store(path);
  EXPECT_EQ(reopened->schema_version(), sqlite::latest_schema_version());
  std::unique_ptr<Transaction> reading = reopened->begin_read();
  EXPECT_EQ(reading->orders().count({}), 1);
  EXPECT_TRUE(reading->accounts().find(testing::account_id("shop")).has_value());
}

TEST(OpenStore, UsesWriteAheadLogging) {
  TemporaryDirectory directory;
  const std::string path = directory.file("orderhub.db");
  open_store(path);
  EXPECT_EQ(query_file(path, "PRAGMA journal_mode"), "wal");
}

TEST(OpenStore, StoresMoneyAsIntegersNeverReal) {
  TemporaryDirectory directory;
  const std::string path = directory.file("orderhub.db");
  {
    std::unique_ptr<Store> store = open_store(path);
    testing::add_account(*store, "shop");
    testing::import(*store, testing::sample_order(testing::account_id("shop"), "1001"));
  }
  EXPECT_EQ(query_file(path,
                       "SELECT typeof(total_minor) || ' ' || total_minor || ' ' || currency "
                       "FROM orders"),
            "integer 4630 USD");
  EXPECT_EQ(query_file(path, "SELECT group_concat(typeof(unit_price_minor)) FROM order_lines"),
            "integer,integer");
}

TEST(OpenStore, RefusesADatabaseFromANewerSchemaVersion) {
  TemporaryDirectory directory;
  const std::string path = directory.file("orderhub.db");
  open_store(path);
  query_file(path, "UPDATE schema_version SET version = 99");

  std::string message;
  EXPECT_EQ(open_error_kind(path, &message), StoreError::Kind::schema_too_new);
  EXPECT_NE(message.find("schema version 99"), std::string::npos) << message;
  EXPECT_NE(message.find("newer orderhub"), std::string::npos) << message;
  EXPECT_NE(message.find(path), std::string::npos) << message;
  // Refused means untouched.
  EXPECT_EQ(query_file(path, "SELECT version FROM schema_version"), "99");
}

TEST(OpenStore, ReportsAPathThatCannotBeCreated) {
  TemporaryDirectory directory;
  const std::string blocker = directory.file("a-file");
  std::ofstream(blocker) << "not a directory";
  const std::string path = blocker + "/orderhub.db";

  std::string message;
  EXPECT_EQ(open_error_kind(path, &message), StoreError::Kind::cannot_open);
  EXPECT_NE(message.find(path), std::string::npos) << message;
}

TEST(OpenStore, RefusesAFileThatIsNotADatabase) {
  TemporaryDirectory directory;
  const std::string path = directory.file("notes.txt");
  std::ofstream(path) << "These are my notes, not a database. Padding to fill a page header...\n";

  std::string message;
  EXPECT_EQ(open_error_kind(path, &message), StoreError::Kind::cannot_open);
  EXPECT_NE(message.find("not a database"), std::string::npos) << message;
}

TEST(OpenStore, RefusesInMemoryLocations) {
  std::string message;
  EXPECT_EQ(open_error_kind(":memory:", &message), StoreError::Kind::cannot_open);
}

TEST(OpenStore, PassesTheIntegrityCheckAfterEveryKindOfWrite) {
  TemporaryDirectory directory;
  std::unique_ptr<Store> store = open_store(directory.file("orderhub.db"));
  testing::add_account(*store, "shop");
  const UpsertResult imported =
      testing::import(*store, testing::sample_order(testing::account_id("shop"), "1001"));
  in_write_transaction(*store, [&](Transaction& transaction) {
    domain::Shipment shipment;
    shipment.order_id = imported.id;
    shipment.lines = {{"7", 1}};
    transaction.fulfilment().add_shipment(shipment);
    transaction.history().append(domain::HistoryEvent{.order_id = imported.id, .kind = "shipped"});
    transaction.outbox().enqueue(domain::OutboxRequest{.account = testing::account_id("shop"),
                                                       .order_id = imported.id,
                                                       .idempotency_key = "shipment-1"});
  });
  EXPECT_EQ(store->check_integrity(), std::vector<std::string>{});
}

}  // namespace
}  // namespace orderhub::store
