// Order rules through the real orderhub, CS-Cart plugin and sandbox: a rule fires once on each
// order's first import, never on a later download or update, and never on orders imported before
// it was enabled.
#include <unistd.h>
#include <chrono>
#include <fstream>
#include <thread>

#include "download_fixture.h"

namespace orderhub::testing {
namespace {

using nlohmann::json;

const std::vector<std::string> kImportEverything = {
    "download.allow_unpaid=true", "download.allow_shipped=true", "download.lookback=3000d"};

// Every order, paid or not, shipped or not.
const json kEveryOrder = {{"not", {{"sku_equals", "NO-SUCH-SKU"}}}};

class RulesDownloadTest : public DownloadFixture {
 protected:
  // Adds the rule through `orderhub rules add` and returns its id.
  int add_rule(const json& document) {
    static int counter = 0;
    const std::string path = ::testing::TempDir() + "orderhub-rule-" + std::to_string(::getpid()) +
                             "-" + std::to_string(counter++) + ".json";
    std::ofstream(path) << document.dump();
    const ProcessResult added = orderhub({"rules", "add", path});
    std::remove(path.c_str());
    EXPECT_EQ(added.exit_code, 0) << added.err;
    return added.exit_code == 0 ? std::stoi(added.out.substr(5)) : 0;
  }

  json rule_log() const {
    const ProcessResult run = orderhub({"rules", "log", "--json"});
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return json::parse(run.out);
  }

  int rule_events(const std::string& channel_order_id) const {
    int count = 0;
    for (const domain::HistoryEvent& event : history_of(channel_order_id)) {
      count += event.kind == "rule_applied" ? 1 : 0;
    }
    return count;
  }
};

TEST_F(RulesDownloadTest, ARuleFiresOnTheFirstImportOnly) {
  add_account("shop", kImportEverything);
  add_rule({{"name", "Note every order"},
            {"scope", {{"include_unpaid", true}, {"include_shipped", true}}},
            {"conditions", kEveryOrder},
            {"actions",
             {{{"add_note", "seen as ${order.channel_order_id}"}},
              {{"set_custom_field", {{"name", "first_seen"}, {"value", "${now:%Y}"}}}}}}});

  const json first = download();
  const std::set<std::string> ids = stored_ids();
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ(first["inserted"], ids.size());
  for (const domain::Order& order : stored_orders()) {
    EXPECT_EQ(order.notes, "seen as " + order.channel_order_id.str());
  }
  json log = rule_log();
  ASSERT_EQ(log.size(), ids.size());
  for (const json& entry : log) {
    EXPECT_EQ(entry["trigger"], "import");
    EXPECT_EQ(entry["outcome"], "applied");
    EXPECT_EQ(entry["rule_version"], 1);
  }

  // The look-back re-reads every order, and one of them changed at the channel.
  const std::string changed = *ids.begin();
  patch_sandbox_order(changed,
                      {{"s_city", "Lyon"}, {"updated_at", std::to_string(unix_now() - 60)}});
  const json second = download();
  EXPECT_EQ(second["inserted"], 0);
  EXPECT_EQ(second["updated"], 1);
  download();

  EXPECT_EQ(rule_log().size(), ids.size());
  for (const std::string& id : ids) {
    EXPECT_EQ(rule_events(id), 1) << "order " << id;
  }
  for (const domain::Order& order : stored_orders()) {
    EXPECT_EQ(order.notes, "seen as " + order.channel_order_id.str());
    if (order.channel_order_id.str() == changed) {
      EXPECT_EQ(order.ship_to.city, "Lyon");
    }
  }
  const ProcessResult shown = orderhub({"orders", "show", "shop:" + changed, "--json"});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  const json order = json::parse(shown.out);
  EXPECT_TRUE(order["custom_fields"].contains("first_seen"));
  EXPECT_EQ(order["invoice_plugin"], "");
  EXPECT_EQ(order["invoice_template"], "");
}

TEST_F(RulesDownloadTest, ARuleAddedLaterTouchesOnlyOrdersImportedAfterIt) {
  add_account("shop", kImportEverything);
  download();
  const std::set<std::string> older = stored_ids();

  const int rule = add_rule(
      {{"name", "Wholesale invoice"},
       {"scope", {{"include_unpaid", true}, {"include_shipped", true}}},
       {"conditions", kEveryOrder},
       {"actions",
        {{{"set_invoice",
           {{"plugin", "org.orderhub.invoice.standard"}, {"template", "wholesale.html"}}}}}}});
  const std::string a_minute_ago = std::to_string(unix_now() - 60);
  add_sandbox_order({{"order_id", "9001"},
                     {"status", "P"},
                     {"timestamp", a_minute_ago},
                     {"updated_at", a_minute_ago}});
  const json summary = download();
  EXPECT_EQ(summary["inserted"], 1);

  const json log = rule_log();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0]["rule_id"], rule);
  for (const std::string& id : older) {
    EXPECT_EQ(rule_events(id), 0) << "order " << id;
  }
  EXPECT_EQ(rule_events("9001"), 1);
  const ProcessResult shown = orderhub({"orders", "show", "shop:9001", "--json"});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_EQ(json::parse(shown.out)["invoice_plugin"], "org.orderhub.invoice.standard");
  EXPECT_EQ(json::parse(shown.out)["invoice_template"], "wholesale.html");
  EXPECT_EQ(log[0]["order_id"], json::parse(shown.out)["id"]);
}

TEST_F(RulesDownloadTest, ADelayedRuleRunsOnTheNextDownloadOnceDue) {
  add_account("shop", kImportEverything);
  add_rule({{"name", "Late payment check"},
            {"delay", "1s"},
            {"scope", {{"include_unpaid", true}, {"include_shipped", true}}},
            {"conditions", kEveryOrder},
            {"actions", {{{"set_custom_field", {{"name", "checked"}, {"value", "yes"}}}}}}});
  download();
  EXPECT_TRUE(rule_log().empty());  // scheduled, not yet due

  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  download();
  const json log = rule_log();
  EXPECT_EQ(log.size(), stored_ids().size());
  for (const json& entry : log) {
    EXPECT_EQ(entry["trigger"], "delayed");
  }
  download();
  EXPECT_EQ(rule_log().size(), log.size());
}

}  // namespace
}  // namespace orderhub::testing
