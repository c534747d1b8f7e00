// delivery_test.cpp: ship, cancel and refund with the real orderhub against the CS-Cart sandbox;
// `orderhub sync` delivers every effect, checked field by field in what the sandbox received.
#include <map>

#include "channel_fixture.h"

namespace orderhub::testing {
namespace {

// The received entries for one CS-Cart order.
std::vector<nlohmann::json> entries_for(const nlohmann::json& received, const std::string& id) {
  std::vector<nlohmann::json> entries;
  for (const nlohmann::json& entry : received) {
    if (entry.at("order_id") == id) {
      entries.push_back(entry);
    }
  }
  return entries;
}

std::string key_of(const std::vector<domain::OutboxRow>& rows, domain::OrderId order,
                   domain::OutboxKind kind) {
  for (const domain::OutboxRow& row : rows) {
    if (row.order_id == order && row.kind == kind) {
      return row.idempotency_key;
    }
  }
  ADD_FAILURE() << "no " << to_string(kind) << " row for order " << order.value;
  return "";
}

std::string shipping_id_of(const domain::Order& order) {
  return nlohmann::json::parse(order.channel_data).at("shipping_id").get<std::string>();
}

class DeliveryTest : public ActionsFixture {};

TEST_F(DeliveryTest, ShipCancelRefundThenSyncDeliversEveryEffect) {
  std::vector<domain::Order> orders = shippable_orders();
  // Two orders with more than one line for the partial actions first, then any.
  std::stable_partition(orders.begin(), orders.end(),
                        [](const domain::Order& order) { return order.lines.size() > 1; });
  ASSERT_GE(orders.size(), 6u);
  ASSERT_GT(orders[1].lines.size(), 1u);
  const domain::Order& partly_shipped = orders[0];
  const domain::Order& partly_cancelled = orders[1];
  const domain::Order& shipped = orders[2];
  const domain::Order& cancelled = orders[3];
  const domain::Order& partly_refunded = orders[4];
  const domain::Order& refunded = orders[5];
  const domain::OrderLine& first_line = partly_shipped.lines[0];
  const domain::OrderLine& cancelled_line = partly_cancelled.lines[1];

  must({"ship", id_text(shipped), "--carrier", "UPS", "--service", "Ground", "--tracking",
        "1Z999AA10000000001"});
  must({"ship", "shop:" + partly_shipped.channel_order_id.str(), "--carrier", "FedEx", "--service",
        "2Day", "--tracking", "7712", "--line", first_line.line_id + ":1"});
  must({"cancel", id_text(cancelled), "--reason", "buyer asked"});
  must({"cancel", id_text(partly_cancelled), "--reason", "out of stock", "--line",
        cancelled_line.line_id + ":1"});
  must({"refund", id_text(partly_refunded), "--amount", "5.00", "--reason", "late", "--notes",
        "goodwill"});
  must({"refund", id_text(refunded), "--reason", "never arrived"});
  EXPECT_TRUE(received().empty());  // nothing goes out before sync

  const std::string summary = must({"sync"});
  EXPECT_NE(summary.find("shop: 6 delivered, 0 to retry, 0 failed"), std::string::npos) << summary;
  EXPECT_NE(summary.find("0 rows still to send"), std::string::npos) << summary;

  const std::vector<domain::OutboxRow> rows = outbox();
  ASSERT_EQ(rows.size(), 6u);
  for (const domain::OutboxRow& row : rows) {
    EXPECT_EQ(row.state, domain::OutboxState::done) << row.idempotency_key << " " << row.last_error;
  }
  const nlohmann::json all = received();
  ASSERT_EQ(all.size(), 6u) << all.dump(2);

  // A full shipment: every line, the order completed on CS-Cart.
  {
    const auto entries = entries_for(all, shipped.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["kind"], "shipment");
    const nlohmann::json& body = entries[0]["body"];
    EXPECT_EQ(body["order_id"], shipped.channel_order_id.str());
    EXPECT_EQ(body["carrier"], "UPS");
    EXPECT_EQ(body["tracking_number"], "1Z999AA10000000001");
    EXPECT_EQ(body["shipping_id"], shipping_id_of(shipped));
    EXPECT_EQ(body["shipping"], shipped.shipping.channel_method);
    EXPECT_EQ(body["comments"],
              "orderhub shipment " + key_of(rows, shipped.id, domain::OutboxKind::shipment));
    nlohmann::json products = nlohmann::json::object();
    for (const domain::OrderLine& line : shipped.lines) {
      products[line.line_id] = line.quantity;
    }
    EXPECT_EQ(body["products"], products);
    EXPECT_EQ(body["order_status"], "C");
    EXPECT_EQ(sandbox_order(shipped.channel_order_id.str())["status"], "C");
    const domain::Order after = stored(shipped.id);
    EXPECT_TRUE(after.channel_notified_for_shipping);
    EXPECT_EQ(after.status, domain::OrderStatus::completed);
  }
  // A partial shipment: one unit of one line; the order stays open on CS-Cart.
  {
    const auto entries = entries_for(all, partly_shipped.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    const nlohmann::json& body = entries[0]["body"];
    EXPECT_EQ(entries[0]["kind"], "shipment");
    EXPECT_EQ(body["carrier"], "FedEx");
    EXPECT_EQ(body["tracking_number"], "7712");
    EXPECT_EQ(body["products"], nlohmann::json({{first_line.line_id, 1}}));
    EXPECT_FALSE(body.contains("order_status"));
    const domain::Order after = stored(partly_shipped.id);
    EXPECT_EQ(after.shipping_status, domain::ShippingStatus::partially_shipped);
    EXPECT_TRUE(after.channel_notified_for_shipping);
  }
  // A full cancel: status I.
  {
    const auto entries = entries_for(all, cancelled.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["kind"], "status_change");
    EXPECT_EQ(entries[0]["body"], nlohmann::json({{"status", "I"}}));
    EXPECT_EQ(sandbox_order(cancelled.channel_order_id.str())["status"], "I");
  }
  // A partial cancel: a staff note naming the line, the reason and the key.
  {
    const auto entries = entries_for(all, partly_cancelled.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["kind"], "note");
    const std::string label =
        cancelled_line.sku.empty() ? "item " + cancelled_line.line_id : cancelled_line.sku;
    EXPECT_EQ(entries[0]["body"]["details"],
              "Cancelled: 1 x " + label + ". Reason: out of stock. (orderhub " +
                  key_of(rows, partly_cancelled.id, domain::OutboxKind::cancellation) + ")");
  }
  // A partial refund: a staff note with the amount, reason and notes.
  {
    const auto entries = entries_for(all, partly_refunded.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["kind"], "note");
    EXPECT_EQ(entries[0]["body"]["details"],
              "Refund " + key_of(rows, partly_refunded.id, domain::OutboxKind::refund) +
                  ": 5.00 USD. Reason: late. Notes: goodwill");
    EXPECT_EQ(stored(partly_refunded.id).payment_status, domain::PaymentStatus::partial_refund);
  }
  // A full refund of an unshipped order: cancelled here and on CS-Cart.
  {
    const auto entries = entries_for(all, refunded.channel_order_id.str());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["kind"], "status_change");
    EXPECT_EQ(entries[0]["body"], nlohmann::json({{"status", "I"}}));
    const domain::Order after = stored(refunded.id);
    EXPECT_EQ(after.status, domain::OrderStatus::cancelled);
    EXPECT_EQ(after.payment_status, domain::PaymentStatus::full_refund);
  }

  // A second sync has nothing to do and sends nothing.
  EXPECT_NE(must({"sync"}).find("0 rows still to send"), std::string::npos);
  EXPECT_EQ(received().size(), 6u);
}

TEST_F(DeliveryTest, CancelAfterShipConfirmedIsRefusedAndChangesNothing) {
  const domain::Order order = shippable_orders().at(0);
  must({"ship", id_text(order), "--carrier", "UPS", "--service", "Ground", "--tracking", "1Z1",
        "--line", order.lines[0].line_id + ":1"});
  must({"sync"});
  const domain::Order confirmed = stored(order.id);
  ASSERT_TRUE(confirmed.channel_notified_for_shipping);

  const OrderhubRun run = orderhub({"cancel", id_text(order), "--internal"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "orderhub cancel: order " + id_text(order) +
                         " is Ship Confirmed (its channel accepted the shipment), so it can no "
                         "longer be cancelled: use `orderhub refund " +
                         id_text(order) + "` to give money back, or `orderhub rma create " +
                         id_text(order) + "` when items are coming back\n");
  EXPECT_EQ(stored(order.id), confirmed);
  EXPECT_EQ(outbox().size(), 1u);
}

TEST_F(DeliveryTest, RefusalsExitOneWithTheReasonAndChangeNothing) {
  const domain::Order order = shippable_orders().at(0);
  const std::string id = id_text(order);
  const std::string line = order.lines[0].line_id;
  const std::map<std::vector<std::string>, std::string> refusals = {
      {{"ship", id, "--carrier", "UPS", "--service", "Ground", "--tracking", "1", "--line",
        line + ":-1"},
       "orderhub ship: --line " + line + ":-1: quantity must be a positive integer\n"},
      {{"ship", id, "--carrier", "UPS", "--service", "Ground", "--tracking", "1", "--line",
        "nope:1"},
       "orderhub ship: order " + id + " has no line \"nope\""},
      {{"refund", id, "--amount", "12,50"},
       "orderhub refund: refund amount: amount \"12,50\" is not a decimal number like 12.34\n"},
      {{"refund", id, "--amount", "-1"},
       "orderhub refund: refund amount: amount \"-1\" is negative; a negative amount is not "
       "allowed here\n"},
      {{"refund", id, "--amount", "100000"}, "orderhub refund: refund of 100000.00 USD exceeds"},
      {{"rma", "create", id, "--line", line + ":1", "--reason", "broken"},
       "orderhub rma create: line " + line + " has not been shipped"},
      {{"ship", "shop:no-such-order", "--tracking", "1"}, "orderhub ship: "},
  };
  const domain::Order before = stored(order.id);
  for (const auto& [arguments, message] : refusals) {
    const OrderhubRun run = orderhub(arguments);
    EXPECT_EQ(run.exit_code, 1) << arguments.front() << " " << run.err;
    EXPECT_EQ(run.err.rfind(message, 0), 0u) << run.err;
  }
  EXPECT_EQ(stored(order.id), before);
  EXPECT_TRUE(outbox().empty());
}

TEST_F(DeliveryTest, APermanentRefusalIsListedAndResendDeliversIt) {
  const domain::Order order = shippable_orders().at(0);
  const domain::OrderLine& line = order.lines[0];
  must({"ship", id_text(order), "--carrier", "UPS", "--service", "Ground", "--tracking", "1Z1",
        "--line", line.line_id + ":1"});
  // Someone shipped the item on CS-Cart meanwhile: the channel refuses a second shipment of it.
  const nlohmann::json amount =
      sandbox_order(order.channel_order_id.str())["products"][line.line_id]["amount"];
  patch_sandbox_order(order.channel_order_id.str(),
                      {{"products", {{line.line_id, {{"shipped_amount", amount}}}}}});

  const OrderhubRun failed_sync = orderhub({"sync"});
  EXPECT_EQ(failed_sync.exit_code, 1) << failed_sync.out << failed_sync.err;
  EXPECT_NE(failed_sync.out.find("shop: 0 delivered, 0 to retry, 1 failed"), std::string::npos)
      << failed_sync.out;
  const nlohmann::json listed =
      nlohmann::json::parse(must({"outbox", "list", "--failed", "--json"}));
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["kind"], "shipment");
  EXPECT_EQ(listed[0]["state"], "failed");
  EXPECT_EQ(listed[0]["order_id"], order.id.value);
  EXPECT_EQ(listed[0]["last_error"].get<std::string>().rfind("INVALID_ARGUMENT: ", 0), 0u)
      << listed[0]["last_error"];
  EXPECT_FALSE(stored(order.id).channel_notified_for_shipping);
  EXPECT_TRUE(received().empty());

  // Put right on CS-Cart, then resend: the same document goes out and is accepted.
  patch_sandbox_order(order.channel_order_id.str(),
                      {{"products", {{line.line_id, {{"shipped_amount", "0"}}}}}});
  const std::string id = std::to_string(listed[0]["id"].get<std::int64_t>());
  EXPECT_NE(must({"outbox", "resend", id}).find("outbox row " + id + " is pending again"),
            std::string::npos);
  EXPECT_NE(must({"sync"}).find("shop: 1 delivered"), std::string::npos);
  EXPECT_TRUE(stored(order.id).channel_notified_for_shipping);
  ASSERT_EQ(received().size(), 1u);
  EXPECT_EQ(received()[0]["body"]["products"], nlohmann::json({{line.line_id, 1}}));

  const OrderhubRun again = orderhub({"outbox", "resend", id});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_EQ(again.err, "orderhub outbox resend: outbox row " + id +
                           " is done, not failed: only failed rows are resent\n");
}

}  // namespace
}  // namespace orderhub::testing
