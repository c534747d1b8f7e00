// faults_test.cpp: with the sandbox failing requests (503s, 429s with Retry-After, writes applied
// and then dropped), repeated `orderhub sync --wait` delivers every ChannelAdvisor shipment,
// cancellation and refund exactly once, and never calls again before a Retry-After has passed.
#include <map>

#include "channeladvisor_fixture.h"

namespace orderhub::testing {
namespace {

class ChannelAdvisorFaultsTest : public ChannelAdvisorFixture {};

// The seller id of a received write: SellerFulfillmentID of a Ship, SellerAdjustmentID of an
// Adjust ("<key>" or "<key>/<order item>").
std::string seller_id(const nlohmann::json& entry) {
  const nlohmann::json& body = entry.at("body");
  if (body.contains("Value")) {
    return body["Value"].value("SellerFulfillmentID", "");
  }
  return body.value("SellerAdjustmentID", "");
}

TEST_F(ChannelAdvisorFaultsTest, RepeatedSyncWaitDeliversEveryEffectExactlyOnceAndNeverRetriesEarly) {
  must({"sync"});  // the exports, before any fault
  const std::size_t exports = received().size();
  const std::vector<domain::Order> orders = shippable({}, {"eBay"});
  ASSERT_GE(orders.size(), 11u);
  std::size_t next = 0;
  for (int count = 0; count < 4; ++count) {
    must({"ship", id_text(orders[next++]), "--carrier", "UPS", "--service", "Ground", "--tracking",
          "1Z" + std::to_string(count)});
  }
  const domain::Order& partly_shipped = orders[next++];
  must({"ship", id_text(partly_shipped), "--carrier", "USPS", "--service", "Priority", "--tracking",
        "9400", "--line", partly_shipped.lines[0].line_id + ":1"});
  for (int count = 0; count < 3; ++count) {
    must({"cancel", id_text(orders[next++]), "--reason", "out of stock"});
  }
  for (int count = 0; count < 2; ++count) {
    must({"refund", id_text(orders[next++]), "--amount", "1.25", "--reason", "goodwill"});
  }
  must({"refund", id_text(orders[next++]), "--reason", "never arrived"});
  std::vector<domain::OutboxRow> pending;
  for (const domain::OutboxRow& row : outbox()) {
    if (row.kind != domain::OutboxKind::acknowledgement) {
      pending.push_back(row);
    }
  }
  ASSERT_EQ(pending.size(), 11u);

  set_faults({{"fault-5xx", 0.2},
              {"fault-429", 0.1},
              {"fault-drop-after-apply", 0.05},
              {"retry-after", 1},
              {"fault-seed", 7}});
  bool all_done = false;
  for (int round = 0; round < 10 && !all_done; ++round) {
    const OrderhubRun run = orderhub({"sync", "--wait", "--timeout", "120"});
    all_done = run.exit_code == 0;
    if (!all_done) {
      std::cerr << "sync round " << round << " exit " << run.exit_code << "\n"
                << run.out << run.err;
    }
  }
  ASSERT_TRUE(all_done);

  for (const domain::OutboxRow& row : outbox()) {
    EXPECT_EQ(row.state, domain::OutboxState::done) << row.idempotency_key << ": " << row.last_error;
  }
  std::map<std::string, int> received_ids;
  const nlohmann::json all = received();
  for (std::size_t index = exports; index < all.size(); ++index) {
    ASSERT_NE(all[index]["kind"], "export") << all[index].dump();
    ++received_ids[seller_id(all[index])];
  }
  for (const auto& [id, count] : received_ids) {
    EXPECT_EQ(count, 1) << id << " was received " << count << " times";
  }
  for (const domain::OutboxRow& row : pending) {
    bool seen = false;
    for (const auto& [id, count] : received_ids) {
      seen = seen || id == row.idempotency_key || id.rfind(row.idempotency_key + "/", 0) == 0;
    }
    EXPECT_TRUE(seen) << row.idempotency_key << " never arrived";
  }
  EXPECT_EQ(received_ids.size(), pending.size());  // every effect here is one call

  const nlohmann::json statistics = stats();
  EXPECT_EQ(statistics["early_retries"], 0) << statistics["early_retry_requests"].dump(2);
  EXPECT_GT(statistics["faults"]["5xx"].get<int>() + statistics["faults"]["429"].get<int>(), 0);
}

}  // namespace
}  // namespace orderhub::testing
