// Downloading from CS-Cart through the real orderhub, plugin and sandbox: each order imported once
// whatever the windows and concurrency, changes updated in place with history, the account's
// filters applied, malformed orders quarantined while the rest imports.
#include <chrono>
#include <ctime>

#include "download_fixture.h"

namespace orderhub::testing {
namespace {

using nlohmann::json;

const std::vector<std::string> kImportEverything = {"download.allow_unpaid=true",
                                                    "download.allow_shipped=true"};

bool is_unpaid(const json& order) {
  const std::string status = order["status"];
  return status == "O" || status == "Y" || status == "F" || status == "D" || status == "I";
}

bool is_fully_shipped(const json& order) {
  if (order["status"] == "C") {
    return true;
  }
  for (const auto& [key, item] : order["products"].items()) {
    if (item.value("shipped_amount", std::string("0")) != item["amount"].get<std::string>()) {
      return false;
    }
  }
  return true;
}

std::string date_of(std::int64_t unix_seconds) {
  const std::time_t time = unix_seconds;
  std::tm utc{};
  gmtime_r(&time, &utc);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
  return text;
}

class DownloadTest : public DownloadFixture {
 protected:
  // Every one of these orders has exactly one "imported" event.
  void expect_imported_once(const std::set<std::string>& ids) const {
    for (const std::string& id : ids) {
      int imported = 0;
      for (const domain::HistoryEvent& event : history_of(id)) {
        imported += event.kind == "imported" ? 1 : 0;
      }
      EXPECT_EQ(imported, 1) << "order " << id;
    }
  }
};

TEST_F(DownloadTest, DownloadingTwiceImportsEachOrderOnce) {
  // A look-back reaching before every sandbox order makes the second run re-read them all.
  std::vector<std::string> settings = kImportEverything;
  settings.push_back("download.lookback=3000d");
  add_account("shop", settings);
  const std::set<std::string> listed = listed_sandbox_ids();

  const json first = download({"--page-size", "7"});
  EXPECT_EQ(first["inserted"], listed.size());
  EXPECT_GT(first["pages"], 1);
  const json second = download({"--page-size", "7"});
  EXPECT_EQ(second["inserted"], 0);
  EXPECT_EQ(second["updated"], 0);
  EXPECT_EQ(second["unchanged"], listed.size());

  EXPECT_EQ(stored_ids(), listed);
  EXPECT_EQ(stored_orders().size(), listed.size());
  expect_imported_once(listed);
  for (const std::string& id : listed) {
    EXPECT_EQ(history_of(id).size(), 1u) << "order " << id << " has more than its import";
  }
}

TEST_F(DownloadTest, OverlappingWindowsImportNothingTwice) {
  add_account("shop", kImportEverything);
  const std::set<std::string> listed = listed_sandbox_ids();
  EXPECT_EQ(download()["inserted"], listed.size());

  for (const char* since : {"2020-01-01", "2019-06-01T00:00:00Z", "2020-08-20"}) {
    const json again = download({"--since", since, "--page-size", "5"});
    EXPECT_EQ(again["inserted"], 0) << "--since " << since;
    EXPECT_EQ(again["updated"], 0) << "--since " << since;
  }
  EXPECT_EQ(stored_orders().size(), listed.size());
  expect_imported_once(listed);
  const auto saved = cursor();
  ASSERT_TRUE(saved.has_value());
  EXPECT_TRUE(saved->watermark.has_value());
  EXPECT_FALSE(saved->page_token.has_value());
  EXPECT_EQ(saved->last_error, "");
}

class SlowSandboxDownloadTest : public DownloadTest {
 protected:
  void SetUp() override {
    start_sandbox({"--orders", "40", "--fault-slow", "1.0", "--slow-ms", "20"});
  }
};

TEST_F(SlowSandboxDownloadTest, TwoConcurrentDownloadsImportEachOrderExactlyOnce) {
  add_account("shop", kImportEverything);
  const std::set<std::string> listed = listed_sandbox_ids();

  BackgroundOrderhub first(command({"download", "shop", "--json", "--page-size", "3"}));
  BackgroundOrderhub second(command({"download", "shop", "--json", "--page-size", "3"}));
  const ProcessResult first_run = first.wait();
  const ProcessResult second_run = second.wait();
  ASSERT_EQ(first_run.exit_code, 0) << first_run.err;
  ASSERT_EQ(second_run.exit_code, 0) << second_run.err;

  const int inserted = json::parse(first_run.out)["summary"]["inserted"].get<int>() +
                       json::parse(second_run.out)["summary"]["inserted"].get<int>();
  EXPECT_EQ(inserted, static_cast<int>(listed.size()));
  EXPECT_EQ(stored_ids(), listed);
  EXPECT_EQ(stored_orders().size(), listed.size());
  expect_imported_once(listed);
  EXPECT_TRUE(open_database()->check_integrity().empty());
}

TEST_F(DownloadTest, AChangedOrderIsUpdatedInPlaceWithAHistoryEvent) {
  add_account("shop", kImportEverything);
  download();
  const std::string id = *listed_sandbox_ids().begin();
  const std::vector<domain::Order> before = stored_orders();
  const auto stored_before = std::find_if(before.begin(), before.end(), [&](const auto& order) {
    return order.channel_order_id.str() == id;
  });
  ASSERT_NE(stored_before, before.end());
  const std::string old_city = stored_before->ship_to.city;

  // Changed a minute ago at the channel: inside the look-back of the next run.
  patch_sandbox_order(id, {{"s_city", "Lyon"}, {"updated_at", std::to_string(unix_now() - 60)}});
  const json summary = download();
  EXPECT_EQ(summary["updated"], 1);
  EXPECT_EQ(summary["inserted"], 0);

  const std::vector<domain::Order> after = stored_orders();
  EXPECT_EQ(after.size(), before.size());
  const auto stored_after = std::find_if(after.begin(), after.end(), [&](const auto& order) {
    return order.channel_order_id.str() == id;
  });
  ASSERT_NE(stored_after, after.end());
  EXPECT_EQ(stored_after->id, stored_before->id);
  EXPECT_EQ(stored_after->ship_to.city, "Lyon");
  EXPECT_EQ(stored_after->imported_at, stored_before->imported_at);

  const std::vector<domain::HistoryEvent> events = history_of(id);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].kind, "imported");
  EXPECT_EQ(events[1].kind, "updated");
  EXPECT_NE(events[1].summary.find("ship_to"), std::string::npos) << events[1].summary;
  EXPECT_EQ(json::parse(events[1].before_json)["ship_to"]["city"], old_city);
  EXPECT_EQ(json::parse(events[1].after_json)["ship_to"]["city"], "Lyon");
}

TEST_F(DownloadTest, UnpaidOrdersAreSkippedUnlessAllowed) {
  add_account("shop", {"download.allow_shipped=true"});
  std::set<std::string> unpaid;
  std::set<std::string> paid;
  for (const json& order : sandbox_orders()) {
    if (order["status"] != "N") {
      (is_unpaid(order) ? unpaid : paid).insert(order["order_id"].get<std::string>());
    }
  }
  ASSERT_FALSE(unpaid.empty());

  const json summary = download();
  EXPECT_EQ(summary["skipped_unpaid"], unpaid.size());
  EXPECT_EQ(stored_ids(), paid);

  const ProcessResult allowed = orderhub({"account", "set", "shop", "download.allow_unpaid=true"});
  ASSERT_EQ(allowed.exit_code, 0) << allowed.err;
  const json again = download({"--since", "2020-01-01"});
  EXPECT_EQ(again["inserted"], unpaid.size());
  EXPECT_EQ(again["skipped_unpaid"], 0);
  EXPECT_EQ(stored_ids(), listed_sandbox_ids());
}

TEST_F(DownloadTest, ShippedOrdersAreSkippedUnlessAllowed) {
  add_account("shop", {"download.allow_unpaid=true"});
  std::set<std::string> shipped;
  std::set<std::string> open;
  for (const json& order : sandbox_orders()) {
    if (order["status"] != "N") {
      (is_fully_shipped(order) ? shipped : open).insert(order["order_id"].get<std::string>());
    }
  }
  ASSERT_FALSE(shipped.empty());

  const json summary = download();
  EXPECT_EQ(summary["skipped_shipped"], shipped.size());
  EXPECT_EQ(stored_ids(), open);

  ASSERT_EQ(orderhub({"account", "set", "shop", "download.allow_shipped=true"}).exit_code, 0);
  EXPECT_EQ(download({"--since", "2020-01-01"})["inserted"], shipped.size());
  for (const domain::Order& order : stored_orders()) {
    if (shipped.contains(order.channel_order_id.str())) {
      EXPECT_EQ(order.status, domain::OrderStatus::completed) << order.channel_order_id.str();
    }
  }
}

TEST_F(DownloadTest, OrdersCreatedBeforeTheLimitDateAreSkipped) {
  std::vector<std::pair<std::int64_t, std::string>> created;
  for (const json& order : sandbox_orders()) {
    if (order["status"] != "N") {
      created.emplace_back(std::stoll(order["timestamp"].get<std::string>()),
                           order["order_id"].get<std::string>());
    }
  }
  std::sort(created.begin(), created.end());
  const std::string limit = date_of(created[created.size() / 2].first);
  std::set<std::string> kept;
  std::size_t before_limit = 0;
  for (const auto& [timestamp, id] : created) {
    if (date_of(timestamp) < limit) {
      ++before_limit;
    } else {
      kept.insert(id);
    }
  }
  ASSERT_GT(before_limit, 0u);

  std::vector<std::string> settings = kImportEverything;
  settings.push_back("download.limit_date=" + limit);
  add_account("shop", settings);
  const json summary = download();
  EXPECT_EQ(summary["skipped_before_limit"], before_limit);
  EXPECT_EQ(stored_ids(), kept);
}

TEST_F(DownloadTest, AMalformedOrderIsQuarantinedNamingTheOrderAndFieldWhileTheRestImports) {
  add_account("shop", kImportEverything);
  download();
  const std::string a_minute_ago = std::to_string(unix_now() - 60);
  add_sandbox_order(
      {{"order_id", "2001"},
       {"status", "P"},
       {"timestamp", a_minute_ago},
       {"updated_at", a_minute_ago},
       {"products", {{"77", {{"product_code", "SKU-NEG"}, {"price", "-5.00"}, {"amount", "1"}}}}}});
  add_sandbox_order({{"order_id", "2002"},
                     {"status", "P"},
                     {"timestamp", a_minute_ago},
                     {"updated_at", a_minute_ago}});

  const json summary = download();
  EXPECT_EQ(summary["quarantined"], 1);
  EXPECT_EQ(summary["inserted"], 1);
  EXPECT_TRUE(stored_ids().contains("2002"));
  EXPECT_FALSE(stored_ids().contains("2001"));

  // Seen again by a later overlapping run, it stays one entry.
  download({"--since", "2020-01-01"});
  const ProcessResult listed = orderhub({"quarantine", "list", "--account", "shop", "--json"});
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  const json entries = json::parse(listed.out);
  ASSERT_EQ(entries.size(), 1u) << entries.dump(2);
  EXPECT_EQ(entries[0]["account"], "shop");
  EXPECT_EQ(entries[0]["channel_order_id"], "2001");
  EXPECT_EQ(entries[0]["field"], "products.77.price");
  EXPECT_NE(entries[0]["message"].get<std::string>().find("negative"), std::string::npos);
  EXPECT_NE(entries[0]["raw"].get<std::string>().find("SKU-NEG"), std::string::npos);

  const ProcessResult text = orderhub({"quarantine", "list"});
  EXPECT_NE(text.out.find("2001"), std::string::npos);
  EXPECT_NE(text.out.find("products.77.price"), std::string::npos);
}

}  // namespace
}  // namespace orderhub::testing
