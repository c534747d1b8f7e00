// sync_test.cpp: a sync run over accounts: due rows only by default, through retries with wait,
// and stopping at a deadline.
#include "pipeline/outbox/sync.h"
#include "outbox_test_support.h"

namespace orderhub::pipeline::testing {
namespace {

using namespace std::chrono_literals;
using loader::StatusCode;

// Sleeping moves the test clock instead of the real one.
class ClockSleeper final : public Sleeper {
 public:
  explicit ClockSleeper(services::ManualClock& clock) : clock_(clock) {}
  void sleep_until(std::chrono::system_clock::time_point when) override {
    if (when > clock_.now()) {
      clock_.set(when);
    }
    ++sleeps;
  }
  int sleeps = 0;

 private:
  services::ManualClock& clock_;
};

// One scripted channel per account.
class ScriptedChannels final : public ChannelProvider {
 public:
  domain::Result<OutboxChannel*> channel_for(const domain::Account& account) override {
    if (account.id.str() == "broken") {
      return domain::Error{"account broken: plugin \"org.example.gone\" is not installed"};
    }
    return &channels[account.id.str()];
  }
  std::map<std::string, ScriptedChannel> channels;
};

class SyncTest : public OutboxTest {
 protected:
  void add_account(const char* id) {
    store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
      domain::Account account;
      account.id = account_id(id);
      account.plugin_id = "org.example.channel";
      account.config_json = "{}";
      account.created_at = now_;
      transaction.accounts().add(account);
    });
  }

  domain::Result<SyncReport> sync(const SyncOptions& options) {
    return run_sync(*store_, channels_, clock_, jitter_, sleeper_, options);
  }

  ScriptedChannels channels_;
  ClockSleeper sleeper_{clock_};
};

TEST_F(SyncTest, WithoutWaitOnlyDueRowsGoAndRetriesAreLeftForLater) {
  enqueue("ship:1:1");
  channels_.channels["shop"].then(StatusCode::unavailable, "503");
  auto report = sync(SyncOptions{});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->accounts.at(0).counts.retried, 1);
  EXPECT_EQ(report->unfinished, 1);
  EXPECT_EQ(sleeper_.sleeps, 0);
}

TEST_F(SyncTest, WaitDeliversThroughRetriesUntilNothingIsLeft) {
  add_account("market");
  enqueue("ship:1:1");
  enqueue("refund:1:2", domain::OutboxKind::refund);
  ScriptedChannel& shop = channels_.channels["shop"];
  shop.then(StatusCode::unavailable, "503");
  shop.then(StatusCode::resource_exhausted, "429", 5s);
  shop.then(StatusCode::deadline_exceeded, "timed out");

  SyncOptions options;
  options.wait = true;
  auto report = sync(options);
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->timed_out);
  EXPECT_EQ(report->unfinished, 0);
  EXPECT_EQ(report->accounts.at(1).account.str(), "shop");
  EXPECT_EQ(report->accounts.at(1).counts.delivered, 2);
  EXPECT_EQ(report->accounts.at(1).counts.retried, 3);
  EXPECT_EQ(keys_sent(shop), (std::vector<std::string>{"ship:1:1", "ship:1:1", "ship:1:1",
                                                       "ship:1:1", "refund:1:2"}));
  EXPECT_TRUE(channels_.channels["market"].sent().empty());
}

TEST_F(SyncTest, WaitStopsAtTheDeadline) {
  enqueue("ship:1:1");
  for (int attempt = 0; attempt < 5; ++attempt) {
    channels_.channels["shop"].then(StatusCode::unavailable, "503");
  }
  SyncOptions options;
  options.wait = true;
  options.deadline = clock_.now() + 20s;
  auto report = sync(options);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->timed_out);
  EXPECT_EQ(report->unfinished, 1);
  EXPECT_LE(clock_.now(), *options.deadline);
}

TEST_F(SyncTest, AnAccountWhosePluginIsMissingIsReportedAndItsRowsStay) {
  add_account("broken");
  domain::OutboxRequest request;
  request.account = account_id("broken");
  request.kind = domain::OutboxKind::inventory;
  request.idempotency_key = "inventory:broken:1";
  request.payload_json = "{}";
  request.not_before = now_;
  request.created_at = now_;
  store::in_write_transaction(
      *store_, [&](store::Transaction& transaction) { transaction.outbox().enqueue(request); });
  enqueue("ship:1:1");

  SyncOptions options;
  options.wait = true;
  auto report = sync(options);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->accounts.at(0).error,
            "account broken: plugin \"org.example.gone\" is not installed");
  EXPECT_EQ(report->accounts.at(1).counts.delivered, 1);
  EXPECT_EQ(store_->begin_read()->outbox().find_by_key("inventory:broken:1")->attempts, 0);
}

TEST_F(SyncTest, AnUnknownAccountIsRefused) {
  SyncOptions options;
  options.account = account_id("nowhere");
  auto report = sync(options);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().message, "there is no account \"nowhere\"");
}

}  // namespace
}  // namespace orderhub::pipeline::testing
