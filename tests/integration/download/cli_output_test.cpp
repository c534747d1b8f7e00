// What the commands print: credentials never, the hub's names in JSON, orders by either
// reference, the unmapped-method report, and every command's --help.
#include "download_fixture.h"

namespace orderhub::testing {
namespace {

using nlohmann::json;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class CliOutputTest : public DownloadFixture {
 protected:
  void SetUp() override {
    DownloadFixture::SetUp();
    add_account("shop", {"download.allow_unpaid=true", "download.allow_shipped=true"});
  }
};

TEST_F(CliOutputTest, AccountShowAndListNeverPrintTheApiKey) {
  for (const std::vector<std::string>& arguments :
       {std::vector<std::string>{"account", "show", "shop"},
        std::vector<std::string>{"account", "show", "shop", "--json"},
        std::vector<std::string>{"account", "list"},
        std::vector<std::string>{"account", "list", "--json"}}) {
    const ProcessResult run = orderhub(arguments);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_FALSE(contains(run.out + run.err, "sandbox-api-key")) << run.out;
  }
  const json shown = json::parse(orderhub({"account", "show", "shop", "--json"}).out);
  EXPECT_EQ(shown["config"]["api_key"], "***");
  EXPECT_EQ(shown["config"]["email"], "admin@example.com");
  EXPECT_EQ(shown["plugin"], "org.orderhub.channel.cscart");
  EXPECT_EQ(shown["settings"]["download.allow_unpaid"], "true");
}

TEST_F(CliOutputTest, OrdersJsonUsesTheHubsStatusAndFlagNames) {
  download();
  const ProcessResult run = orderhub({"orders", "list", "--json", "--limit", "-1"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const json orders = json::parse(run.out);
  ASSERT_EQ(orders.size(), listed_sandbox_ids().size());
  for (const json& order : orders) {
    for (const char* key :
         {"id", "account", "channel_order_id", "status", "shipping_status", "payment_status",
          "channel_notified_for_shipping", "invoice_sent_to_channel", "third_party_managed"}) {
      EXPECT_TRUE(order.contains(key)) << key;
    }
    EXPECT_EQ(order["account"], "shop");
    EXPECT_TRUE(order["totals"]["total"]["minor"].is_number_integer());
    EXPECT_EQ(order["totals"]["total"]["currency"], "USD");
    EXPECT_FALSE(order.contains("raw"));
  }
  const ProcessResult limited = orderhub({"orders", "list", "--json", "--limit", "3"});
  EXPECT_EQ(json::parse(limited.out).size(), 3u);
  const ProcessResult completed =
      orderhub({"orders", "list", "--json", "--status", "completed", "--limit", "-1"});
  for (const json& order : json::parse(completed.out)) {
    EXPECT_EQ(order["status"], "completed");
  }
  const ProcessResult bad_status = orderhub({"orders", "list", "--status", "shipped"});
  EXPECT_EQ(bad_status.exit_code, 1);
  EXPECT_TRUE(contains(bad_status.err, "\"shipped\"")) << bad_status.err;
}

TEST_F(CliOutputTest, AnOrderIsShownByHubIdOrByAccountAndChannelOrderId) {
  download();
  const std::string channel_order_id = *listed_sandbox_ids().begin();
  const json by_account =
      json::parse(orderhub({"orders", "show", "shop:" + channel_order_id, "--json"}).out);
  const std::string hub_id = std::to_string(by_account["id"].get<long>());
  const json by_id = json::parse(orderhub({"orders", "show", hub_id, "--json"}).out);
  EXPECT_EQ(by_account, by_id);
  EXPECT_EQ(by_id["channel_order_id"], channel_order_id);

  const ProcessResult text = orderhub({"orders", "show", hub_id});
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_TRUE(contains(text.out, "shop:" + channel_order_id));

  const json history = json::parse(orderhub({"history", "shop:" + channel_order_id, "--json"}).out);
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0]["kind"], "imported");
  EXPECT_EQ(history[0]["actor"], "download");
}

TEST_F(CliOutputTest, UnmappedMethodsAreReportedUntilMapped) {
  download();
  const json unmapped =
      json::parse(orderhub({"mapping", "list", "shop", "--unmapped", "--json"}).out);
  ASSERT_FALSE(unmapped.empty());
  long total = 0;
  for (const json& method : unmapped) {
    total += method["orders"].get<long>();
  }
  EXPECT_EQ(total, static_cast<long>(listed_sandbox_ids().size()));

  const std::string method = unmapped[0]["channel_method"];
  const ProcessResult set =
      orderhub({"mapping", "set", "shop", "--channel-method", method, "--carrier", "UPS",
                "--service", "Ground", "--rush", "--code-to-send", "UPS", "--service-code", "GND"});
  ASSERT_EQ(set.exit_code, 0) << set.err;

  const json mappings = json::parse(orderhub({"mapping", "list", "shop", "--json"}).out);
  ASSERT_EQ(mappings.size(), 1u);
  EXPECT_EQ(mappings[0]["channel_method"], method);
  EXPECT_EQ(mappings[0]["rush"], true);
  const json still_unmapped =
      json::parse(orderhub({"mapping", "list", "shop", "--unmapped", "--json"}).out);
  for (const json& other : still_unmapped) {
    EXPECT_NE(other["channel_method"], method);
  }
  for (const json& order :
       json::parse(orderhub({"orders", "list", "--json", "--limit", "-1"}).out)) {
    if (order["shipping"]["channel_method"] == method && order["status"] == "in_process") {
      EXPECT_EQ(order["shipping"]["carrier"], "UPS");
      EXPECT_EQ(order["shipping"]["unmapped"], false);
    }
  }
}

TEST_F(CliOutputTest, TheDownloadSummaryNamesEveryCount) {
  const ProcessResult run = orderhub({"download", "shop"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  for (const char* part : {"inserted", "updated", "unchanged", "skipped unpaid", "skipped shipped",
                           "skipped before limit date", "quarantined"}) {
    EXPECT_TRUE(contains(run.out, part)) << part << " missing from " << run.out;
  }
}

TEST_F(CliOutputTest, EveryCommandHasHelp) {
  for (const std::vector<std::string>& command : {std::vector<std::string>{"account", "add"},
                                                  {"account", "set"},
                                                  {"account", "show"},
                                                  {"account", "list"},
                                                  {"mapping", "set"},
                                                  {"mapping", "list"},
                                                  {"download"},
                                                  {"orders", "list"},
                                                  {"orders", "show"},
                                                  {"history"},
                                                  {"quarantine", "list"}}) {
    std::vector<std::string> arguments = command;
    arguments.push_back("--help");
    const ProcessResult run = orderhub(arguments);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "Usage: orderhub")) << run.out;
  }
}

}  // namespace
}  // namespace orderhub::testing
