// Bad input gets one clear line on stderr, exit 1, and changes nothing: unknown accounts and
// plugins, configs the plugin refuses, bad settings, and a channel answering garbage.
#include "download_fixture.h"

namespace orderhub::testing {
namespace {

using nlohmann::json;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Exit 1 and exactly one line on stderr containing expected.
void expect_refused(const ProcessResult& run, const std::string& expected) {
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_TRUE(contains(run.err, expected)) << "stderr: " << run.err;
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << "stderr: " << run.err;
}

class BadInputTest : public DownloadFixture {};

TEST_F(BadInputTest, AnUnknownAccountIsRefusedAndChangesNothing) {
  add_account("shop");
  download();
  const StoreSnapshot before = snapshot();

  expect_refused(orderhub({"download", "nowhere"}), "unknown account \"nowhere\"");
  expect_refused(orderhub({"account", "show", "nowhere"}), "unknown account \"nowhere\"");
  expect_refused(orderhub({"account", "set", "nowhere", "download.enabled=false"}),
                 "unknown account \"nowhere\"");
  expect_refused(orderhub({"orders", "list", "--account", "nowhere"}),
                 "unknown account \"nowhere\"");
  expect_refused(orderhub({"history", "nowhere:1001"}), "unknown account \"nowhere\"");
  expect_refused(orderhub({"mapping", "set", "nowhere", "--channel-method", "UPS Ground",
                           "--carrier", "UPS", "--service", "Ground"}),
                 "unknown account \"nowhere\"");
  expect_refused(orderhub({"quarantine", "list", "--account", "nowhere"}),
                 "unknown account \"nowhere\"");
  expect_refused(orderhub({"orders", "show", "999999"}), "no order 999999");
  EXPECT_TRUE(snapshot() == before);
}

TEST_F(BadInputTest, AnUnknownPluginIsRefusedAndNothingIsAdded) {
  expect_refused(orderhub({"account", "add", "shop", "--plugin", "org.example.nothing", "--config",
                           cscart_config().dump()}),
                 "no plugin \"org.example.nothing\"");
  EXPECT_TRUE(snapshot().accounts.empty());
}

TEST_F(BadInputTest, AConfigWithoutBaseUrlGivesThePluginsOwnMessage) {
  json config = cscart_config();
  config.erase("base_url");
  const ProcessResult run =
      orderhub({"account", "add", "shop", "--plugin", "cscart", "--config", config.dump()});
  expect_refused(run, "config: \"base_url\" is missing");
  EXPECT_FALSE(contains(run.err, "sandbox-api-key"));
  EXPECT_TRUE(snapshot().accounts.empty());
}

TEST_F(BadInputTest, AConfigThatIsNotJsonIsRefusedWithoutEchoingIt) {
  const ProcessResult run = orderhub({"account", "add", "shop", "--plugin", "cscart", "--config",
                                      "{\"api_key\": \"sandbox-api-key\""});
  expect_refused(run, "config is not valid JSON");
  EXPECT_FALSE(contains(run.err, "sandbox-api-key"));
  EXPECT_TRUE(snapshot().accounts.empty());
}

TEST_F(BadInputTest, ATakenAccountIdIsRefused) {
  add_account("shop");
  const StoreSnapshot before = snapshot();
  expect_refused(orderhub({"account", "add", "shop", "--plugin", "cscart", "--config",
                           cscart_config().dump()}),
                 "account \"shop\" already exists");
  EXPECT_TRUE(snapshot() == before);
}

TEST_F(BadInputTest, AnInvoicePluginIsNotAChannelPlugin) {
  const ProcessResult run =
      run_orderhub({"--db", database_path(), "--plugins", ORDERHUB_FIXTURE_PLUGINS, "account",
                    "add", "paper", "--plugin", "org.orderhub.tests.invoice", "--config", "{}"});
  expect_refused(run, "is an invoice plugin, not a channel plugin");
  EXPECT_TRUE(snapshot().accounts.empty());
}

TEST_F(BadInputTest, BadSettingsAreRefusedAllOrNothing) {
  add_account("shop");
  const StoreSnapshot before = snapshot();
  expect_refused(
      orderhub({"account", "set", "shop", "download.allow_unpaid=true", "download.interval=0s"}),
      "download.interval: \"0s\" is below the minimum of 1s");
  expect_refused(orderhub({"account", "set", "shop", "download.colour=blue"}),
                 "unknown setting \"download.colour\"");
  expect_refused(orderhub({"account", "set", "shop", "download.limit_date=tomorrow"}),
                 "download.limit_date: \"tomorrow\"");
  expect_refused(orderhub({"account", "set", "shop", "config.base_url=ftp://example.com"}),
                 "refused the config");
  EXPECT_TRUE(snapshot() == before);

  const ProcessResult changed =
      orderhub({"account", "set", "shop", "config.timeout_ms=5000", "download.interval=2h"});
  EXPECT_EQ(changed.exit_code, 0) << changed.err;
  const json shown = json::parse(orderhub({"account", "show", "shop", "--json"}).out);
  EXPECT_EQ(shown["config"]["timeout_ms"], 5000);
  EXPECT_EQ(shown["settings"]["download.interval"], "2h");
}

TEST_F(BadInputTest, ADisabledAccountIsNotDownloadedUnlessForced) {
  add_account("shop", {"download.enabled=false", "download.allow_unpaid=true",
                       "download.allow_shipped=true"});
  const StoreSnapshot before = snapshot();
  expect_refused(orderhub({"download", "shop"}), "download is disabled");
  EXPECT_TRUE(snapshot().orders == before.orders);

  const json summary = download({"--force"});
  EXPECT_EQ(summary["inserted"], listed_sandbox_ids().size());
}

TEST_F(BadInputTest, MalformedRepliesFromTheChannelLeaveTheStoreAndCursorWhereTheyWere) {
  add_account("shop", {"download.allow_unpaid=true", "download.allow_shipped=true"});
  download({"--page-size", "5"});
  const StoreSnapshot before = snapshot();
  ASSERT_TRUE(before.cursor.has_value());

  set_faults({{"fault-malformed", 1.0}});
  const ProcessResult run = orderhub({"download", "shop", "--since", "2020-01-01"});
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_TRUE(contains(run.err, "account shop")) << run.err;

  const StoreSnapshot after = snapshot();
  EXPECT_TRUE(after.orders == before.orders);
  EXPECT_TRUE(after.history == before.history);
  EXPECT_TRUE(after.quarantine == before.quarantine);
  EXPECT_TRUE(after.outbox == before.outbox);
  ASSERT_TRUE(after.cursor.has_value());
  EXPECT_EQ(after.cursor->watermark, before.cursor->watermark);
  EXPECT_EQ(after.cursor->run_since, before.cursor->run_since);
  EXPECT_EQ(after.cursor->page_token, before.cursor->page_token);
  EXPECT_EQ(after.cursor->last_success_at, before.cursor->last_success_at);
  EXPECT_TRUE(contains(after.cursor->last_error, "account shop")) << after.cursor->last_error;
}

TEST_F(BadInputTest, MalformedRepliesOnTheFirstRunStoreNoOrderAndNoWatermark) {
  start_sandbox({"--orders", "10", "--fault-malformed", "1.0"});
  add_account("shop", {"download.allow_unpaid=true", "download.allow_shipped=true"});
  const ProcessResult run = orderhub({"download", "shop"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(snapshot().orders.empty());
  const auto saved = cursor();
  ASSERT_TRUE(saved.has_value());
  EXPECT_FALSE(saved->watermark.has_value());
  EXPECT_FALSE(saved->page_token.has_value());
  EXPECT_NE(saved->last_error, "");
}

}  // namespace
}  // namespace orderhub::testing
