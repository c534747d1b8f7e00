// upload_test.cpp: with invoice.upload on, every order a shipment completes sends its invoice to
// Smart Bargains exactly once, also under faults, with the same stored bytes a reprint gives, and
// sets invoice_sent_to_channel. Partial shipments, accounts with invoice.upload off and channels
// without the capability queue nothing.
#include <map>

#include "invoice_fixture.h"

namespace orderhub::testing {
namespace {

class InvoiceUploadTest : public InvoiceFixture {
 protected:
  void ship_whole(const domain::Order& order, const std::string& tracking) {
    must({"ship", id_text(order), "--carrier", "UPS", "--service", "Ground", "--tracking",
          tracking});
  }

  static std::string hex(const std::string& bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    for (const char byte : bytes) {
      text += digits[static_cast<unsigned char>(byte) >> 4];
      text += digits[static_cast<unsigned char>(byte) & 15];
    }
    return text;
  }
};

TEST_F(InvoiceUploadTest, EachShippedOrderSendsItsStoredInvoiceOnceAndIsMarkedSent) {
  must({"account", "set", "shop", "invoice.upload=true", "invoice.plugin=invoice-alpha"});
  must({"sync"});  // the acknowledgements of the download
  const std::vector<domain::Order> orders = shippable_orders();
  ASSERT_GE(orders.size(), 3u);
  ship_whole(orders[0], "1Z0");
  ship_whole(orders[1], "1Z1");
  // Partly shipped: not an invoice yet.
  must({"ship", id_text(orders[2]), "--carrier", "UPS", "--service", "Ground", "--tracking", "1Z2",
        "--line", orders[2].lines[0].line_id + ":1"});
  const std::vector<domain::OutboxRow> queued = outbox_of(domain::OutboxKind::invoice);
  ASSERT_EQ(queued.size(), 2u);
  EXPECT_EQ(queued[0].idempotency_key,
            "invoice:" + id_text(orders[0]) + ":INV-" + id_text(orders[0]));

  must({"sync"});
  const std::vector<nlohmann::json> invoices = received_of("invoice");
  ASSERT_EQ(invoices.size(), 2u);
  for (std::size_t index = 0; index < 2; ++index) {
    const domain::Order& order = orders[index];
    const nlohmann::json& body = invoices[index]["body"];
    EXPECT_EQ(invoices[index]["order_id"], order.channel_order_id.str());
    EXPECT_EQ(body["invoice_number"], "INV-" + id_text(order));
    // The bytes sent are the stored rendition: a reprint gives exactly them.
    const std::string reprint = print(order);
    EXPECT_TRUE(pdf_shows(reprint, "MARKER ALPHA"));
    EXPECT_EQ(body["pdf_hex"], hex(reprint));
    EXPECT_TRUE(stored(order.id).invoice_sent_to_channel);
  }
  EXPECT_FALSE(stored(orders[2].id).invoice_sent_to_channel);
  for (const domain::OutboxRow& row : outbox_of(domain::OutboxKind::invoice)) {
    EXPECT_EQ(row.state, domain::OutboxState::done) << row.last_error;
  }

  // Shipping the rest completes the third order: now its invoice goes.
  const domain::Order third = stored(orders[2].id);
  for (const domain::OrderLine& line : third.lines) {
    const std::int64_t left = line.quantity - line.quantity_shipped - line.quantity_cancelled;
    if (left > 0) {
      must({"ship", id_text(third), "--carrier", "UPS", "--service", "Ground", "--tracking", "1Z3",
            "--line", line.line_id + ":" + std::to_string(left)});
    }
  }
  must({"sync"});
  EXPECT_EQ(received_of("invoice").size(), 3u);
  EXPECT_TRUE(stored(orders[2].id).invoice_sent_to_channel);
}

TEST_F(InvoiceUploadTest, NoRowWhenTheAccountDoesNotUploadOrTheChannelCannotTakeInvoices) {
  must({"sync"});
  const std::vector<domain::Order> orders = shippable_orders();
  ASSERT_FALSE(orders.empty());
  ship_whole(orders[0], "1Z0");  // invoice.upload is off by default
  add_account("cs", {"invoice.upload=true", "invoice.plugin=invoice-alpha"}, "cscart");
  domain::Order cscart_order;
  for (const domain::Order& order : shippable_orders()) {
    if (order.account.str() == "cs") {
      cscart_order = order;
      break;
    }
  }
  ASSERT_NE(cscart_order.id.value, 0);
  ship_whole(cscart_order, "1Z9");
  EXPECT_TRUE(outbox_of(domain::OutboxKind::invoice).empty());
  EXPECT_EQ(outbox_of(domain::OutboxKind::shipment).size(), 2u);
}

TEST_F(InvoiceUploadTest, UnderFaultsEveryInvoiceArrivesExactlyOnceWithTheSameBytes) {
  must({"account", "set", "shop", "invoice.upload=true", "invoice.plugin=invoice-beta"});
  must({"sync"});
  const std::vector<domain::Order> orders = shippable_orders();
  ASSERT_GE(orders.size(), 4u);
  for (std::size_t index = 0; index < 4; ++index) {
    ship_whole(orders[index], "1Z" + std::to_string(index));
  }
  ASSERT_EQ(outbox_of(domain::OutboxKind::invoice).size(), 4u);

  set_faults({{"fault-5xx", 0.25},
              {"fault-429", 0.1},
              {"fault-drop-after-apply", 0.15},
              {"retry-after", 1},
              {"fault-seed", 11}});
  bool all_done = false;
  for (int round = 0; round < 10 && !all_done; ++round) {
    const OrderhubRun run = orderhub({"sync", "--wait", "--timeout", "120"});
    all_done = run.exit_code == 0;
  }
  ASSERT_TRUE(all_done);

  std::map<std::string, int> arrivals;
  for (const nlohmann::json& entry : received_of("invoice")) {
    ++arrivals[entry["body"]["idempotency_key"].get<std::string>()];
  }
  for (std::size_t index = 0; index < 4; ++index) {
    const domain::Order& order = orders[index];
    const std::string key = "invoice:" + id_text(order) + ":INV-" + id_text(order);
    EXPECT_EQ(arrivals[key], 1) << key;
    EXPECT_TRUE(stored(order.id).invoice_sent_to_channel) << key;
  }
  EXPECT_EQ(received_of("invoice").size(), 4u);
  for (const nlohmann::json& entry : received_of("invoice")) {
    const domain::Order order = stored(
        domain::OrderId{std::stoll(entry["body"]["invoice_number"].get<std::string>().substr(4))});
    EXPECT_EQ(entry["body"]["pdf_hex"], hex(print(order)));
  }
  const nlohmann::json statistics = stats();
  EXPECT_EQ(statistics["early_retries"], 0);
  EXPECT_GT(statistics["faults"]["5xx"].get<int>() + statistics["faults"]["429"].get<int>(), 0);
}

}  // namespace
}  // namespace orderhub::testing
