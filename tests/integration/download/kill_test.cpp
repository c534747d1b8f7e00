// orderhub download killed with SIGKILL at random points, over and over, while new orders keep
// arriving at the channel: no order is ever lost or stored twice, the cursor never moves past an
// order that is not stored, and one uninterrupted run afterwards leaves the store holding exactly
// the channel's orders in a database that passes its integrity check.
//
// Trials: ORDERHUB_KILL_TRIALS if set, else 50 when CI=true, else 10. ORDERHUB_KILL_SEED replays
// the kill timings of a failed run (the seed is printed).
#include <signal.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <random>
#include <thread>

#include <httplib.h>

#include "download_fixture.h"

namespace orderhub::testing {
namespace {

using nlohmann::json;

constexpr int kPageSize = 4;

int kill_trials() {
  if (const char* trials = std::getenv("ORDERHUB_KILL_TRIALS")) {
    return std::max(1, std::atoi(trials));
  }
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string(ci) == "true" ? 50 : 10;
}

unsigned kill_seed() {
  if (const char* seed = std::getenv("ORDERHUB_KILL_SEED")) {
    return static_cast<unsigned>(std::strtoul(seed, nullptr, 10));
  }
  return std::random_device{}();
}

std::int64_t unix_seconds(domain::Timestamp time) {
  return time.time_since_epoch().count();
}

class KillTest : public DownloadFixture {
 protected:
  void SetUp() override {
    // Slow replies stretch a run over a second or more, so that kills land inside it.
    start_sandbox({"--orders", "40", "--fault-slow", "1.0", "--slow-ms", "20"});
  }

  // The order ids CS-Cart lists for [since, until), in the order it pages them, as the plugin
  // asks for them.
  std::vector<std::string> listed_in_window(domain::Timestamp since, domain::Timestamp until) {
    httplib::Client client(sandbox().base_url());
    client.set_basic_auth("admin@example.com", "sandbox-api-key");
    const std::string path =
        "/cscart/api/orders?page=1&items_per_page=10000&sort_by=date"
        "&sort_order=asc&updated_at_from=" +
        std::to_string(unix_seconds(since)) +
        "&updated_at_to=" + std::to_string(unix_seconds(until));
    const auto reply = client.Get(path);
    if (!reply || reply->status != 200) {
      ADD_FAILURE() << "listing " << path << " failed";
      return {};
    }
    std::vector<std::string> ids;
    const json listing = json::parse(reply->body);
    for (const json& summary : listing["orders"]) {
      ids.push_back(summary["order_id"].get<std::string>());
    }
    return ids;
  }

  // Every invariant that must hold whenever orderhub is not running.
  void check_invariants(std::set<std::string>& stored_so_far) {
    // One read of the database: the orders, how often each was imported, the cursor.
    const auto database = open_database();
    std::set<std::string> stored;
    std::map<std::string, int> imports;
    std::size_t order_count = 0;
    std::optional<domain::DownloadCursor> saved;
    store::in_read_transaction(*database, [&](store::Transaction& transaction) {
      store::OrderFilter all;
      all.limit = -1;
      for (const domain::Order& order : transaction.orders().list(all)) {
        ++order_count;
        stored.insert(order.channel_order_id.str());
        for (const domain::HistoryEvent& event : transaction.history().list(order.id)) {
          imports[order.channel_order_id.str()] += event.kind == "imported" ? 1 : 0;
        }
      }
      saved = transaction.cursors().find(domain::AccountId::parse("shop").value());
    });
    ASSERT_EQ(stored.size(), order_count) << "an order is stored twice";

    for (const std::string& id : stored_so_far) {
      ASSERT_TRUE(stored.contains(id)) << "order " << id << " was lost";
    }
    const std::set<std::string> at_channel = listed_sandbox_ids();
    for (const std::string& id : stored) {
      ASSERT_TRUE(at_channel.contains(id)) << "order " << id << " is not the channel's";
    }
    for (const std::string& id : stored) {
      ASSERT_EQ(imports[id], 1) << "order " << id << " was imported " << imports[id] << " times";
    }

    if (saved && saved->watermark) {
      // Everything modified before the watermark was downloaded.
      for (const json& order : sandbox_orders()) {
        const std::string id = order["order_id"];
        if (order["status"] != "N" &&
            std::stoll(order["updated_at"].get<std::string>()) < unix_seconds(*saved->watermark)) {
          ASSERT_TRUE(stored.contains(id))
              << "order " << id << " is before the watermark but not stored";
        }
      }
    }
    if (saved && saved->page_token) {
      // The pages before the token (CS-Cart page numbers) are committed.
      ASSERT_TRUE(saved->run_since && saved->last_run_at);
      const int pages_done = std::stoi(*saved->page_token) - 1;
      const std::vector<std::string> window =
          listed_in_window(*saved->run_since, *saved->last_run_at);
      const std::size_t covered =
          std::min(window.size(), static_cast<std::size_t>(pages_done * kPageSize));
      for (std::size_t index = 0; index < covered; ++index) {
        ASSERT_TRUE(stored.contains(window[index]))
            << "the cursor is past order " << window[index] << ", which is not stored";
      }
    }
    ASSERT_TRUE(database->check_integrity().empty());
    stored_so_far = stored;
  }
};

TEST_F(KillTest, KilledDownloadsNeverLoseOrDuplicateOrdersOrPassUnstoredOnes) {
  add_account("shop", {"download.allow_unpaid=true", "download.allow_shipped=true"});
  const int trials = kill_trials();
  const unsigned seed = kill_seed();
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> kill_after_ms(0, 1200);
  std::uniform_int_distribution<int> full_reread(0, 3);
  std::cout << "kill test: " << trials << " trials, ORDERHUB_KILL_SEED=" << seed << "\n";

  std::set<std::string> stored_so_far;
  int killed = 0;
  int left_unfinished = 0;  // kills that left a run for the next one to resume
  for (int trial = 0; trial < trials; ++trial) {
    SCOPED_TRACE("trial " + std::to_string(trial) + " (ORDERHUB_KILL_SEED=" + std::to_string(seed) +
                 ")");
    // Orders keep arriving at the channel while downloads die.
    add_sandbox_order({{"order_id", std::to_string(3001 + trial)}, {"status", "P"}});

    std::vector<std::string> arguments = {"download", "shop", "--page-size",
                                          std::to_string(kPageSize)};
    if (full_reread(random) == 0) {
      arguments.insert(arguments.end(), {"--since", "2020-01-01"});
    }
    BackgroundOrderhub run(command(arguments));
    std::this_thread::sleep_for(std::chrono::milliseconds(kill_after_ms(random)));
    run.kill_now();
    const ProcessResult result = run.wait();
    ASSERT_TRUE(result.exit_code == 0 || result.exit_code == 128 + SIGKILL)
        << "exit " << result.exit_code << ": " << result.err;
    killed += result.exit_code == 128 + SIGKILL ? 1 : 0;
    check_invariants(stored_so_far);
    const auto saved = cursor();
    left_unfinished += saved && saved->page_token ? 1 : 0;
    if (HasFatalFailure()) {
      return;
    }
  }
  std::cout << "kill test: " << killed << " runs killed, " << left_unfinished
            << " left an unfinished run to resume, " << stored_so_far.size() << " orders stored\n";
  EXPECT_GT(killed, 0) << "no download was killed mid-run: the test proved nothing";

  // The last order arrived this second; the channel's window ends before "now", so wait for the
  // clock to pass it, then run once without interruption.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  const ProcessResult final_run =
      orderhub({"download", "shop", "--page-size", std::to_string(kPageSize)});
  ASSERT_EQ(final_run.exit_code, 0) << final_run.err;
  check_invariants(stored_so_far);
  EXPECT_EQ(stored_ids(), listed_sandbox_ids());
  const auto saved = cursor();
  ASSERT_TRUE(saved.has_value());
  EXPECT_FALSE(saved->page_token.has_value());
  EXPECT_TRUE(open_database()->check_integrity().empty());
}

}  // namespace
}  // namespace orderhub::testing
