// soak_test.cpp: `orderhub serve` for over two minutes against a sandbox that fails a third of its
// requests: 20% 503s, 10% 429s with Retry-After (in seconds, then as an HTTP date), 5% writes
// applied and then answered by a dropped connection, and slow replies. Actions keep arriving
// through the API the whole time. Afterwards: every order imported once, every action's effect at
// the sandbox exactly once, no request sent before its Retry-After, and the outbox empty.
// Loopback only; about 2.5 minutes (label "soak").
#include <cstdlib>
#include <random>
#include <set>
#include <thread>

#include "effect_count.h"
#include "service_checks.h"
#include "service_harness.h"

namespace orderhub::testing {
namespace {

using namespace std::chrono_literals;

class SoakTest : public ServiceFixture {};

TEST_F(SoakTest, TwoMinutesOfFaultsEndWithEveryEffectOnceAndTheOutboxEmpty) {
  start_sandbox({"--orders", "160", "--channels", "cscart"});
  const HubChannel channel = every_channel(sandbox()).front();
  std::size_t expected_orders = 0;
  {
    // What a download without faults stores: the reference for "every order imported once".
    const std::string scratch = directory() + "/reference.db";
    const auto run = [&](std::vector<std::string> arguments) {
      std::vector<std::string> line = {"--db", scratch, "--plugins", ORDERHUB_PLUGIN_DIRECTORY};
      line.insert(line.end(), arguments.begin(), arguments.end());
      return run_orderhub(line);
    };
    ASSERT_EQ(run({"account", "add", channel.account, "--plugin", channel.plugin, "--config",
                   channel.config.dump()})
                  .exit_code,
              0);
    ASSERT_EQ(run({"download", channel.account}).exit_code, 0);
    expected_orders = all_orders(*store::open_store(scratch)).size();
  }
  // The channel's capacity for one account is the bound here: its requests go one at a time, and
  // each 429 stops them all for its Retry-After (1 s, then 2-3 s as an HTTP date), so the account
  // gets about 5 requests a second through. A delivery takes 3-5 of them, and every download
  // re-reads each order changed in its window (every order acted on, once at least). Downloads
  // every 15 s with a 5 s lookback and an action every 1.5 s keep the total within that capacity,
  // so the outbox drains while the faults go on.
  add_account(channel, "15s");
  must({"account", "set", channel.account, "download.lookback=5s"});
  // The first import runs before the faults (a run stops at its first failed request, and a page
  // needs every one of its requests to succeed); the service then downloads every 15 s under them.
  must({"download", channel.account});
  set_faults({{"fault-5xx", 0.2},
              {"fault-429", 0.1},
              {"retry-after", 1},
              {"retry-after-form", "seconds"},
              {"fault-drop-after-apply", 0.05},
              {"fault-slow", 0.1},
              {"slow-ms", 300}});
  // Backoff capped at 2 s so that the outbox drains within the test's bounds.
  start_service({{"outbox_retry_cap", "2s"}});

  const unsigned seed = std::random_device{}();
  RecordProperty("random_seed", std::to_string(seed));
  std::mt19937 random(seed);
  std::vector<std::int64_t> shipped;
  int actions = 0;
  // ORDERHUB_SOAK_SECONDS shortens (or lengthens) the load phase, e.g. to investigate a failure.
  const char* seconds_text = std::getenv("ORDERHUB_SOAK_SECONDS");
  const auto soak_length =
      std::chrono::seconds(seconds_text != nullptr ? std::atoi(seconds_text) : 125);
  const auto soak_end = std::chrono::steady_clock::now() + soak_length;
  bool http_date_form = false;
  while (std::chrono::steady_clock::now() < soak_end) {
    if (!http_date_form && std::chrono::steady_clock::now() > soak_end - soak_length / 2) {
      set_faults({{"retry-after-form", "http-date"}, {"retry-after", 2}});
      http_date_form = true;
    }
    int status = 0;
    const int choice = std::uniform_int_distribution<int>(0, 9)(random);
    if (choice < 3 && !shipped.empty()) {
      const std::int64_t order =
          shipped[std::uniform_int_distribution<std::size_t>(0, shipped.size() - 1)(random)];
      post("/api/v1/orders/" + std::to_string(order) + "/refund",
           {{"amount", "0.01"}, {"reason", "soak"}}, status);
      actions += status == 200 ? 1 : 0;
    } else {
      const nlohmann::json orders =
          get("/api/v1/orders?status=in_process&shipping_status=unshipped"
              "&payment_status=charged&limit=1",
              status);
      if (status == 200 && !orders["orders"].empty()) {
        const std::int64_t order = orders["orders"][0]["id"].get<std::int64_t>();
        if (choice < 8) {
          post("/api/v1/orders/" + std::to_string(order) + "/ship",
               {{"tracking_number", "S" + std::to_string(order)},
                {"carrier", "UPS"},
                {"service", "Ground"}},
               status);
          if (status == 200) {
            shipped.push_back(order);
            ++actions;
          }
        } else {
          post("/api/v1/orders/" + std::to_string(order) + "/cancel", {{"reason", "soak"}}, status);
          actions += status == 200 ? 1 : 0;
        }
      }
    }
    std::this_thread::sleep_for(1500ms);
  }
  RecordProperty("accepted_actions", actions);
  ASSERT_GT(actions, 20);

  // Every row is delivered in the end (retries included), with the faults still on.
  EXPECT_TRUE(eventually(
      [&] {
        const auto store = open_database();
        for (const domain::OutboxRow& row : outbox_rows(*store)) {
          if (row.state != domain::OutboxState::done) {
            return false;
          }
        }
        return true;
      },
      120s, 500ms))
      <<
      [&] {
        std::string states;
        const auto store = open_database();
        for (const domain::OutboxRow& row : outbox_rows(*store)) {
          if (row.state != domain::OutboxState::done) {
            states += row.idempotency_key + " " + std::string(to_string(row.state)) + " after " +
                      std::to_string(row.attempts) + " attempts, next " +
                      domain::format_timestamp(row.next_attempt_at) + ": " + row.last_error + "\n";
          }
        }
        return states;
      }();
  EXPECT_EQ(stop_service(), 0);

  const auto store = open_database();
  EXPECT_TRUE(store_problems(*store).empty());
  EXPECT_EQ(all_orders(*store).size(), expected_orders);
  const std::vector<domain::OutboxRow> rows = outbox_rows(*store);
  EXPECT_EQ(rows.size(), static_cast<std::size_t>(actions));
  for (const auto& [key, count] : effect_counts(
           rows, all_orders(*store), sandbox_get("/admin/cscart/received").at("received"))) {
    EXPECT_EQ(count, 1) << key << " was received " << count << " times";
  }
  const nlohmann::json stats = sandbox_get("/admin/stats");
  EXPECT_EQ(stats["early_retries"], 0) << stats["early_retry_requests"].dump();
  EXPECT_GT(stats["faults"]["429"].get<int>(), 0);
  EXPECT_GT(stats["faults"]["drop_after_apply"].get<int>(), 0);
}

}  // namespace
}  // namespace orderhub::testing
