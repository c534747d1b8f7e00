// seed_rules_test.cpp: how the hub treats a Cdiscount account, one named test per rule: unpaid
// orders are downloaded only when allowed and cannot ship until paid; cancellations are internal
// only and send nothing; refunds are local only, refused before payment, and record their fields
// with their defaults; a per-order failure inside a successful envelope fails the delivery.
#include <chrono>
#include <ctime>
#include <thread>

#include "cdiscount_channel.h"
#include "store/store.h"

namespace orderhub::testing {
namespace {

bool is_unpaid_state(const std::string& state) {
  return state == "WaitingForSellerAcceptation" || state == "AcceptedBySeller" ||
         state == "PaymentInProgress";
}

std::string today_utc() {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[16];
  std::strftime(text, sizeof(text), "%Y-%m-%d", &parts);
  return text;
}

class CdiscountRulesTest : public ChannelFixture {
 protected:
  CdiscountRulesTest() : ChannelFixture(cdiscount_channel()) {}

  std::vector<domain::Refund> refunds_of(domain::OrderId id) const {
    const auto store = store::open_store(database_path());
    return store->begin_read()->fulfilment().list_refunds(id);
  }
};

class CdiscountUnpaidAllowedTest : public ChannelFixture {
 protected:
  CdiscountUnpaidAllowedTest()
      : ChannelFixture(cdiscount_channel({"download.allow_unpaid=true"})) {}

  const domain::Order* stored_in_state(const std::vector<domain::Order>& orders,
                                       const std::string& state) const {
    for (const domain::Order& order : orders) {
      if (order.channel_status == state) {
        return &order;
      }
    }
    return nullptr;
  }
};

TEST_F(CdiscountRulesTest, UnpaidOrderIsNotDownloadedUnlessAllowed) {
  std::size_t unpaid_at_channel = 0;
  for (const nlohmann::json& order : sandbox_orders()) {
    unpaid_at_channel += is_unpaid_state(order["OrderState"]) ? 1 : 0;
  }
  ASSERT_GT(unpaid_at_channel, 0u);
  const std::vector<domain::Order> stored = stored_orders();
  ASSERT_FALSE(stored.empty());
  for (const domain::Order& order : stored) {
    EXPECT_FALSE(is_unpaid_state(order.channel_status)) << order.channel_order_id.str();
  }
}

TEST_F(CdiscountUnpaidAllowedTest, UnpaidOrderIsDownloadedWhenAllowed) {
  const std::vector<domain::Order> stored = stored_orders();
  EXPECT_NE(stored_in_state(stored, "PaymentInProgress"), nullptr);
  EXPECT_NE(stored_in_state(stored, "WaitingForSellerAcceptation"), nullptr);
}

TEST_F(CdiscountUnpaidAllowedTest, UnpaidOrderCannotShipUntilPaid) {
  const std::vector<domain::Order> stored = stored_orders();
  const domain::Order* unpaid = stored_in_state(stored, "PaymentInProgress");
  ASSERT_NE(unpaid, nullptr);
  const std::string id = id_text(*unpaid);
  const std::string number = unpaid->channel_order_id.str();

  const OrderhubRun refused =
      orderhub({"ship", id, "--carrier", "Colissimo", "--service", "Expert", "--tracking", "6A1"});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE((refused.out + refused.err).find("not paid"), std::string::npos)
      << refused.out << refused.err;

  // Cdiscount takes the payment; the next download brings it.
  patch_sandbox_order(number, {{"OrderState", "WaitingForShipmentAcceptation"}});
  // The hub's download window ends at the current whole second, exclusive: let it pass the change.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  must({"download", channel().account});
  must({"ship", id, "--carrier", "Colissimo", "--service", "Expert", "--tracking", "6A1"});
  must({"sync", "--wait", "--timeout", "60"});
  const auto shipments = received_for(received(), "shipment", number);
  ASSERT_EQ(shipments.size(), 1u);
  EXPECT_EQ(shipments[0]["body"]["TrackingNumber"], "6A1");
  EXPECT_EQ(sandbox_order(number)["OrderState"], "Shipped");
}

TEST_F(CdiscountRulesTest, CancelIsInternalOnlyAndSendsNothing) {
  const domain::Order order = shippable_orders().at(0);
  const std::string number = order.channel_order_id.str();

  const OrderhubRun on_channel = orderhub({"cancel", id_text(order), "--reason", "out of stock"});
  EXPECT_NE(on_channel.exit_code, 0);
  EXPECT_NE((on_channel.out + on_channel.err).find("--internal"), std::string::npos)
      << on_channel.out << on_channel.err;

  must({"cancel", id_text(order), "--internal", "--reason", "out of stock"});
  EXPECT_EQ(stored(order.id).status, domain::OrderStatus::cancelled);
  must({"sync", "--wait", "--timeout", "60"});
  for (const domain::OutboxRow& row : outbox()) {
    EXPECT_NE(row.kind, domain::OutboxKind::cancellation) << row.idempotency_key;
  }
  for (const nlohmann::json& entry : received()) {
    EXPECT_NE(entry["order_id"], number) << entry.dump();
  }
  EXPECT_EQ(sandbox_order(number)["OrderState"], "WaitingForShipmentAcceptation");
}

TEST_F(CdiscountRulesTest, RefundIsLocalOnlyAndRecordsItsFieldsWithDefaults) {
  const domain::Order order = shippable_orders().at(0);
  const std::string number = order.channel_order_id.str();

  // Without --local: the channel takes no refunds, so it is recorded in the hub only.
  must({"refund", id_text(order), "--reason", "damaged", "--notes", "box crushed", "--method",
        "bank transfer", "--reference", "VIR-42", "--operation-type", "Carte bancaire"});
  const std::vector<domain::Refund> refunds = refunds_of(order.id);
  ASSERT_EQ(refunds.size(), 1u);
  const domain::Refund& refund = refunds[0];
  EXPECT_EQ(refund.form, domain::RefundForm::local);
  EXPECT_EQ(refund.amount, order.paid);                             // default: the total paid
  EXPECT_EQ(domain::format_date(refund.refund_date), today_utc());  // default: today
  EXPECT_EQ(refund.notes, "box crushed");
  EXPECT_EQ(refund.method, "bank transfer");
  EXPECT_EQ(refund.reference, "VIR-42");
  EXPECT_EQ(refund.operation_type, "Carte bancaire");

  must({"sync", "--wait", "--timeout", "60"});
  for (const domain::OutboxRow& row : outbox()) {
    EXPECT_NE(row.kind, domain::OutboxKind::refund) << row.idempotency_key;
  }
  for (const nlohmann::json& entry : received()) {
    EXPECT_NE(entry["order_id"], number) << entry.dump();
  }
}

TEST_F(CdiscountUnpaidAllowedTest, RefundIsRefusedBeforePayment) {
  const std::vector<domain::Order> stored = stored_orders();
  const domain::Order* unpaid = stored_in_state(stored, "PaymentInProgress");
  ASSERT_NE(unpaid, nullptr);
  const OrderhubRun refused = orderhub({"refund", id_text(*unpaid), "--local", "--amount", "1.00"});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE((refused.out + refused.err).find("no payment"), std::string::npos)
      << refused.out << refused.err;
}

TEST_F(CdiscountRulesTest, PerOrderFailureInsideSuccessfulEnvelopeFailsTheDelivery) {
  const domain::Order order = shippable_orders().at(0);
  const std::string number = order.channel_order_id.str();
  must({"ship", id_text(order), "--carrier", "Colissimo", "--service", "Expert", "--tracking",
        "6A9"});
  // Cdiscount will refuse this order (Validated false) while the envelope succeeds.
  patch_sandbox_order(number, {{"OrderState", "AcceptedBySeller"}});
  orderhub({"sync", "--wait", "--timeout", "30"});

  bool found = false;
  for (const domain::OutboxRow& row : outbox()) {
    if (row.kind == domain::OutboxKind::shipment) {
      found = true;
      EXPECT_EQ(row.state, domain::OutboxState::failed);
      EXPECT_NE(row.last_error.find("did not validate order " + number), std::string::npos)
          << row.last_error;
    }
  }
  EXPECT_TRUE(found);
  EXPECT_TRUE(received_for(received(), "shipment", number).empty());
}

}  // namespace
}  // namespace orderhub::testing
