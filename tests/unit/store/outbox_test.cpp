// outbox_test.cpp: the outbox queue: idempotent enqueue, leased claims, retries, failures, resends.
#include <gtest/gtest.h>

#include "store/store.h"
#include "store_test_support.h"

namespace orderhub::store {
namespace {

using namespace std::chrono_literals;
using testing::account_id;
using testing::at;

class OutboxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = open_store(directory_.file("orderhub.db"));
    testing::add_account(*store_, "shop");
    testing::add_account(*store_, "market");
    order_id_ = testing::import(*store_, testing::sample_order(shop_, "1001")).id;
  }

  domain::OutboxRequest request(const std::string& key, const char* not_before = kStart) {
    return domain::OutboxRequest{
        .account = shop_,
        .order_id = order_id_,
        .kind = domain::OutboxKind::shipment,
        .idempotency_key = key,
        .payload_json = R"({"schema":"orderhub.shipment/1"})",
        .not_before = at(not_before),
        .created_at = at(kStart),
    };
  }

  EnqueueResult enqueue(const domain::OutboxRequest& request) {
    return in_write_transaction(
        *store_, [&](Transaction& transaction) { return transaction.outbox().enqueue(request); });
  }

  std::vector<domain::OutboxRow> claim(const char* now, int limit = 10,
                                       const domain::AccountId& account = account_id("shop")) {
    return in_write_transaction(*store_, [&](Transaction& transaction) {
      return transaction.outbox().claim(account, at(now), 60s, limit);
    });
  }

  domain::OutboxRow row(std::int64_t id) { return *store_->begin_read()->outbox().find(id); }

  static constexpr const char* kStart = "2026-11-23T12:00:00Z";
  testing::TemporaryDirectory directory_;
  std::unique_ptr<Store> store_;
  const domain::AccountId shop_ = account_id("shop");
  domain::OrderId order_id_;
};

TEST_F(OutboxTest, EnqueueCreatesAPendingRow) {
  const EnqueueResult result = enqueue(request("shipment-1001-1"));
  EXPECT_TRUE(result.inserted);
  EXPECT_EQ(result.row.state, domain::OutboxState::pending);
  EXPECT_EQ(result.row.attempts, 0);
  EXPECT_EQ(result.row.account, shop_);
  EXPECT_EQ(result.row.order_id, order_id_);
  EXPECT_EQ(result.row.kind, domain::OutboxKind::shipment);
  EXPECT_EQ(result.row.next_attempt_at, at(kStart));
  EXPECT_FALSE(result.row.lease_until.has_value());
  EXPECT_EQ(row(result.row.id), result.row);
}

TEST_F(OutboxTest, ADuplicateIdempotencyKeyIsANoOpReturningTheExistingRow) {
  const EnqueueResult first = enqueue(request("shipment-1001-1"));
  domain::OutboxRequest again = request("shipment-1001-1");
  again.payload_json = R"({"different":true})";
  const EnqueueResult second = enqueue(again);

  EXPECT_FALSE(second.inserted);
  EXPECT_EQ(second.row, first.row);
  EXPECT_EQ(store_->begin_read()->outbox().list({}).size(), 1u);
}

TEST_F(OutboxTest, RowsForNoOrderAreAccepted) {
  domain::OutboxRequest inventory = request("inventory-2026-11-23");
  inventory.order_id = std::nullopt;
  inventory.kind = domain::OutboxKind::inventory;
  const EnqueueResult result = enqueue(inventory);
  EXPECT_FALSE(result.row.order_id.has_value());
}

TEST_F(OutboxTest, ARowForAMissingOrderIsRefused) {
  domain::OutboxRequest orphan = request("orphan");
  orphan.order_id = domain::OrderId{999};
  std::unique_ptr<Transaction> transaction = store_->begin_write();
  try {
    transaction->outbox().enqueue(orphan);
    FAIL() << "a row for a missing order was queued";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::not_found);
    EXPECT_NE(std::string(error.what()).find("there is no order 999"), std::string::npos);
  }
}

TEST_F(OutboxTest, ClaimTakesOnlyDueRowsOfTheAccountOldestFirst) {
  const std::int64_t first = enqueue(request("a")).row.id;
  const std::int64_t second = enqueue(request("b")).row.id;
  enqueue(request("later", "2026-11-23T13:00:00Z"));
  domain::OutboxRequest other = request("other-account");
  other.account = account_id("market");
  other.order_id = std::nullopt;
  enqueue(other);

  const std::vector<domain::OutboxRow> claimed = claim(kStart);
  ASSERT_EQ(claimed.size(), 2u);
  EXPECT_EQ(claimed[0].id, first);
  EXPECT_EQ(claimed[1].id, second);
  for (const domain::OutboxRow& row : claimed) {
    EXPECT_EQ(row.state, domain::OutboxState::in_flight);
    EXPECT_EQ(row.attempts, 1);
    EXPECT_EQ(row.lease_until, at("2026-11-23T12:01:00Z"));
    EXPECT_EQ(this->row(row.id), row);
  }
}

TEST_F(OutboxTest, ClaimRespectsTheLimit) {
  enqueue(request("a"));
  enqueue(request("b"));
  EXPECT_EQ(claim(kStart, 1).size(), 1u);
  EXPECT_EQ(claim(kStart, 1).size(), 1u);
  EXPECT_EQ(claim(kStart, 1).size(), 0u);
}

TEST_F(OutboxTest, ALeasedRowIsHiddenFromOtherClaimersUntilTheLeaseExpires) {
  enqueue(request("a"));
  const std::vector<domain::OutboxRow> first = claim(kStart);
  ASSERT_EQ(first.size(), 1u);

  EXPECT_TRUE(claim("2026-11-23T12:00:30Z").empty());
  EXPECT_TRUE(claim("2026-11-23T12:00:59Z").empty());

  const std::vector<domain::OutboxRow> second = claim("2026-11-23T12:01:00Z");
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].id, first[0].id);
  EXPECT_EQ(second[0].attempts, 2);
  EXPECT_EQ(second[0].lease_until, at("2026-11-23T12:02:00Z"));
}

TEST_F(OutboxTest, AReportFromAClaimThatWasTakenOverChangesNothing) {
  enqueue(request("a"));
  const domain::OutboxRow stale = claim(kStart).at(0);
  const domain::OutboxRow current = claim("2026-11-23T12:05:00Z").at(0);

  in_write_transaction(*store_, [&](Transaction& transaction) {
    EXPECT_FALSE(transaction.outbox().mark_done(stale, "late", at("2026-11-23T12:05:10Z")));
    EXPECT_FALSE(transaction.outbox().mark_failed(stale, "late"));
    EXPECT_FALSE(transaction.outbox().schedule_retry(stale, at("2026-11-23T13:00:00Z"), "late"));
  });
  EXPECT_EQ(row(current.id), current);

  in_write_transaction(*store_, [&](Transaction& transaction) {
    EXPECT_TRUE(transaction.outbox().mark_done(current, "shipment 55", at("2026-11-23T12:05:20Z")));
    // Reported once; a second report of the same claim is refused.
    EXPECT_FALSE(transaction.outbox().mark_done(current, "again", at("2026-11-23T12:05:30Z")));
  });
  const domain::OutboxRow done = row(current.id);
  EXPECT_EQ(done.state, domain::OutboxState::done);
  EXPECT_EQ(done.channel_reference, "shipment 55");
  EXPECT_EQ(done.done_at, at("2026-11-23T12:05:20Z"));
  EXPECT_FALSE(done.lease_until.has_value());
  EXPECT_TRUE(claim("2026-11-24T00:00:00Z").empty());
}

TEST_F(OutboxTest, ARetryWaitsUntilItsTimeAndKeepsTheError) {
  enqueue(request("a"));
  const domain::OutboxRow claimed = claim(kStart).at(0);
  in_write_transaction(*store_, [&](Transaction& transaction) {
    EXPECT_TRUE(transaction.outbox().schedule_retry(claimed, at("2026-11-23T12:10:00Z"),
                                                    "503 Service Unavailable"));
  });
  const domain::OutboxRow waiting = row(claimed.id);
  EXPECT_EQ(waiting.state, domain::OutboxState::pending);
  EXPECT_EQ(waiting.last_error, "503 Service Unavailable");
  EXPECT_FALSE(waiting.lease_until.has_value());
  EXPECT_EQ(store_->begin_read()->outbox().next_due_at(shop_), at("2026-11-23T12:10:00Z"));

  EXPECT_TRUE(claim("2026-11-23T12:09:59Z").empty());
  const std::vector<domain::OutboxRow> retried = claim("2026-11-23T12:10:00Z");
  ASSERT_EQ(retried.size(), 1u);
  EXPECT_EQ(retried[0].attempts, 2);
  EXPECT_EQ(retried[0].last_error, "503 Service Unavailable");
}

TEST_F(OutboxTest, AFailedRowIsListedAndCanBeResent) {
  enqueue(request("a"));
  const domain::OutboxRow claimed = claim(kStart).at(0);
  in_write_transaction(*store_, [&](Transaction& transaction) {
    EXPECT_TRUE(transaction.outbox().mark_failed(claimed, "400 tracking number invalid"));
  });
  EXPECT_TRUE(claim("2026-11-30T00:00:00Z").empty());
  EXPECT_FALSE(store_->begin_read()->outbox().next_due_at(shop_).has_value());

  const std::vector<domain::OutboxRow> failed =
      store_->begin_read()->outbox().list({.account = shop_, .state = domain::OutboxState::failed});
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].last_error, "400 tracking number invalid");

  in_write_transaction(*store_, [&](Transaction& transaction) {
    EXPECT_TRUE(transaction.outbox().resend(claimed.id, at("2026-11-24T09:00:00Z")));
    EXPECT_FALSE(transaction.outbox().resend(claimed.id, at("2026-11-24T09:00:00Z")));
  });
  const std::vector<domain::OutboxRow> resent = claim("2026-11-24T09:00:00Z");
  ASSERT_EQ(resent.size(), 1u);
  EXPECT_EQ(resent[0].attempts, 2);
}

TEST_F(OutboxTest, ListsByKindAndOrder) {
  enqueue(request("a"));
  domain::OutboxRequest invoice = request("invoice-1001");
  invoice.kind = domain::OutboxKind::invoice;
  enqueue(invoice);
  std::unique_ptr<Transaction> reading = store_->begin_read();
  EXPECT_EQ(reading->outbox().list({.kind = domain::OutboxKind::invoice}).size(), 1u);
  EXPECT_EQ(reading->outbox().list({.order_id = order_id_}).size(), 2u);
  EXPECT_EQ(reading->outbox().find_by_key("invoice-1001")->kind, domain::OutboxKind::invoice);
  EXPECT_FALSE(reading->outbox().find_by_key("missing").has_value());
}

TEST_F(OutboxTest, AnEnqueueRolledBackWithItsCauseLeavesNoRow) {
  {
    std::unique_ptr<Transaction> transaction = store_->begin_write();
    transaction->outbox().enqueue(request("a"));
  }
  EXPECT_TRUE(store_->begin_read()->outbox().list({}).empty());
}

}  // namespace
}  // namespace orderhub::store
