// seed_rules_test.cpp: Overstock's order rules, end to end: no cancel once Ship Confirmed; a
// per-line shipment carries the mapping's code to send and the order is marked rush; a partial
// refund of part of a line's quantity leaves the order partially refunded; an RMA is opened and
// received for a shipped line.
#include "overstock_channel.h"

namespace orderhub::testing {
namespace {

class OverstockRulesTest : public OverstockFixture {
 protected:
  // A shippable order with a line whose quantity is at least `quantity`.
  std::pair<domain::Order, domain::OrderLine> order_with_line(std::int64_t quantity) const {
    for (const domain::Order& order : shippable_orders()) {
      for (const domain::OrderLine& line : order.lines) {
        if (line.quantity >= quantity) {
          return {order, line};
        }
      }
    }
    ADD_FAILURE() << "no shippable order has a line of quantity " << quantity;
    return {};
  }
};

TEST_F(OverstockRulesTest, CancelIsRefusedAfterShipConfirmed) {
  const domain::Order order = shippable_orders().at(0);
  must({"ship", id_text(order), "--carrier", "UPS", "--service", "Ground", "--tracking", "1Z1",
        "--line", order.lines[0].line_id + ":1"});
  must({"sync"});
  const domain::Order confirmed = stored(order.id);
  ASSERT_TRUE(confirmed.channel_notified_for_shipping);
  const std::size_t received_before = received().size();

  const OrderhubRun run = orderhub({"cancel", id_text(order), "--reason", "buyer asked"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("is Ship Confirmed"), std::string::npos) << run.err;
  EXPECT_EQ(stored(order.id), confirmed);
  must({"sync"});
  EXPECT_EQ(received().size(), received_before);
  EXPECT_TRUE(received_kind("cancellation").empty());
}

TEST_F(OverstockRulesTest, PerLineShipmentSendsTheMappingsCodeToSendAndTheOrderIsRush) {
  const domain::Order sample = shippable_orders().at(0);
  const std::string method = sample.shipping.channel_method;
  ASSERT_FALSE(method.empty());
  must({"mapping", "set", "shop", "--channel-method", method, "--carrier", "Acme Freight",
        "--service", "Express", "--rush", "--code-to-send", "ONTRAC", "--service-code",
        "NEXT_DAY"});
  const domain::Order order = stored(sample.id);
  EXPECT_TRUE(order.shipping.rush);
  EXPECT_EQ(order.shipping.code_to_send, "ONTRAC");
  const nlohmann::json shown = nlohmann::json::parse(must({"orders", "show", id_text(order), "--json"}));
  EXPECT_EQ(shown.at("shipping").at("rush"), true);

  // One line now, with the mapped carrier and service (no --carrier: the mapping's).
  must({"ship", id_text(order), "--tracking", "C11", "--line", order.lines[0].line_id + ":1"});
  must({"sync"});
  const std::vector<nlohmann::json> shipments =
      received_with_key(key_of(order.id, domain::OutboxKind::shipment));
  ASSERT_EQ(shipments.size(), 1u);
  const nlohmann::json& lines = shipments[0].at("body").at("lines");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].at("salesChannelLineNumber"), order.lines[0].line_id);
  EXPECT_EQ(lines[0].at("quantity"), 1);
  EXPECT_EQ(lines[0].at("carrier"), "ONTRAC");
  EXPECT_EQ(lines[0].at("serviceLevel"), "NEXT_DAY");
  EXPECT_EQ(lines[0].at("trackingNumber"), "C11");
}

TEST_F(OverstockRulesTest, PartialRefundOfAPartialQuantityAdjustsThePaymentStatusToPartialRefund) {
  const auto [order, line] = order_with_line(2);
  ASSERT_GE(line.quantity, 2);
  must({"ship", id_text(order), "--carrier", "UPS", "--service", "Ground", "--tracking", "1Z7"});
  must({"sync"});
  must({"refund", id_text(order), "--line", line.line_id + ":1", "--reason", "damaged"});
  const domain::Order refunded = stored(order.id);
  EXPECT_EQ(refunded.payment_status, domain::PaymentStatus::partial_refund);
  EXPECT_EQ(refunded.refunded.minor, line.unit_price.minor);
  must({"sync"});
  const std::vector<nlohmann::json> returns =
      received_with_key(key_of(order.id, domain::OutboxKind::refund));
  ASSERT_EQ(returns.size(), 1u);
  const nlohmann::json& body = returns[0].at("body");
  EXPECT_EQ(body.at("amount_cents"), line.unit_price.minor);
  EXPECT_EQ(body.at("fullRefund"), false);
  ASSERT_EQ(body.at("lines").size(), 1u);
  EXPECT_EQ(body.at("lines")[0].at("salesChannelLineNumber"), line.line_id);
  EXPECT_EQ(body.at("lines")[0].at("quantity"), 1);
  EXPECT_EQ(body.at("lines")[0].at("amount_cents"), line.unit_price.minor);
}

TEST_F(OverstockRulesTest, RmaIsCreatedAndReceivedForAShippedLine) {
  const domain::Order order = shippable_orders().at(0);
  const domain::OrderLine& line = order.lines[0];
  must({"ship", id_text(order), "--carrier", "UPS", "--service", "Ground", "--tracking", "1Z8"});
  must({"sync"});
  const std::string created =
      must({"rma", "create", id_text(order), "--line", line.line_id + ":1", "--reason", "broken"});
  ASSERT_EQ(created.rfind("RMA ", 0), 0u) << created;
  const std::string rma = created.substr(4, created.find(' ', 4) - 4);
  const std::string received_text = must({"rma", "receive", rma, "--restock", "--refund"});
  EXPECT_NE(received_text.find("RMA " + rma + " received"), std::string::npos) << received_text;
  const domain::Order after = stored(order.id);
  EXPECT_EQ(after.payment_status, domain::PaymentStatus::partial_refund);
  must({"sync"});
  const std::vector<nlohmann::json> returns =
      received_with_key(key_of(order.id, domain::OutboxKind::refund));
  ASSERT_EQ(returns.size(), 1u);
  EXPECT_EQ(returns[0].at("body").at("lines")[0].at("salesChannelLineNumber"), line.line_id);
  EXPECT_EQ(returns[0].at("body").at("lines")[0].at("quantity"), 1);
}

}  // namespace
}  // namespace orderhub::testing
