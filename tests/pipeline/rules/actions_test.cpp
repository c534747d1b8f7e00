// actions_test.cpp: each rule action on a draft of the sample order, placeholders, and refusals
// from the order state machine.
#include <gtest/gtest.h>

#include "action_test_support.h"
#include "pipeline/rules/rule_actions.h"
#include "pipeline/rules/substitution.h"

namespace orderhub::pipeline::order_rules {
namespace {

using nlohmann::json;
using testing::account_id;
using testing::at;

class RuleActionTest : public ::testing::Test {
 protected:
  RuleActionTest() {
    draft_.order = testing::sample_order(account_id("shop"), "1001");
    draft_.order.id = domain::OrderId{12};
    draft_.overrides.order_id = draft_.order.id;
  }

  domain::Result<std::string> apply(const json& action) {
    auto parsed = parse_action(action, "$.actions[0]");
    EXPECT_TRUE(parsed.ok()) << parsed.error().message;
    return apply_action(*parsed, draft_, now_);
  }

  OrderDraft draft_;
  const domain::Timestamp now_ = at("2026-11-23T16:05:09Z");
};

TEST_F(RuleActionTest, SetShippingReplacesCarrierAndService) {
  EXPECT_EQ(apply({{"set_shipping", {{"carrier", "FedEx"}, {"service", "2Day"}}}}).value(),
            "set shipping to FedEx 2Day");
  EXPECT_EQ(draft_.order.shipping.carrier, "FedEx");
  EXPECT_EQ(draft_.order.shipping.service, "2Day");
  EXPECT_EQ(draft_.order.shipping.channel_method, "UPS Ground");  // what the channel sent stays
}

TEST_F(RuleActionTest, SetRushSetsTheFlag) {
  EXPECT_TRUE(apply({{"set_rush", true}}).ok());
  EXPECT_TRUE(draft_.order.shipping.rush);
}

TEST_F(RuleActionTest, HoldPutsTheOrderOnHoldWithTheReason) {
  EXPECT_EQ(apply({{"hold", {{"reason", "check address in ${order.ship_to_state}"}}}}).value(),
            "put on hold: check address in IL");
  EXPECT_EQ(draft_.order.status, domain::OrderStatus::on_hold);
  EXPECT_EQ(draft_.order.hold_reason, "check address in IL");
}

TEST_F(RuleActionTest, MarkProblemFlagsTheOrderWithTheReason) {
  EXPECT_TRUE(apply({{"mark_problem", {{"reason", "fraud check"}}}}).ok());
  EXPECT_EQ(draft_.order.status, domain::OrderStatus::problem);
  EXPECT_EQ(draft_.order.hold_reason, "fraud check");
}

TEST_F(RuleActionTest, HoldIsRefusedForACancelledOrder) {
  draft_.order.status = domain::OrderStatus::cancelled;
  auto refused = apply({{"hold", {{"reason", "late"}}}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().message, "order 12 is cancelled: no further action is possible");
}

TEST_F(RuleActionTest, HoldIsRefusedForACompletedOrder) {
  draft_.order.status = domain::OrderStatus::completed;
  auto refused = apply({{"mark_problem", {{"reason", "late"}}}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().message, "order 12 is completed: it cannot be flagged as a problem");
}

TEST_F(RuleActionTest, AddNoteAppendsALineWithPlaceholders) {
  draft_.order.notes = "first";
  EXPECT_TRUE(
      apply({{"add_note", "checked ${now:%Y-%m-%d %H:%M:%S} for ${order.buyer_email}"}}).ok());
  EXPECT_EQ(draft_.order.notes, "first\nchecked 2026-11-23 16:05:09 for ada@example.com");
}

TEST_F(RuleActionTest, SetCustomFieldSubstitutesNowAndOrderFields) {
  EXPECT_TRUE(
      apply({{"set_custom_field", {{"name", "batch"}, {"value", "${now:%Y%m%d}-${order.id}"}}}})
          .ok());
  EXPECT_EQ(draft_.overrides.custom_fields.at("batch"), "20261123-12");
}

TEST_F(RuleActionTest, SetInvoiceChoosesPluginAndTemplateForThisOrder) {
  EXPECT_TRUE(
      apply({{"set_invoice",
              {{"plugin", "org.orderhub.invoice.standard"}, {"template", "wholesale.html"}}}})
          .ok());
  EXPECT_EQ(draft_.overrides.invoice_plugin, "org.orderhub.invoice.standard");
  EXPECT_EQ(draft_.overrides.invoice_template, "wholesale.html");
}

TEST_F(RuleActionTest, SkipFulfilmentUploadMarksTheOrder) {
  EXPECT_EQ(apply({{"skip_fulfilment_upload", true}}).value(), "skip fulfilment upload");
  EXPECT_TRUE(draft_.overrides.skip_fulfilment_upload);
}

TEST(SubstitutionTest, BadPlaceholdersAreNamed) {
  EXPECT_EQ(check_template("${order.colour}").value_or(""),
            "unknown order field \"colour\" in ${order.colour} (known: id, channel_order_id, "
            "account, status, shipping_status, payment_status, currency, total, ship_to_name, "
            "ship_to_city, ship_to_state, ship_to_postal_code, ship_to_country, buyer_name, "
            "buyer_email, shipping_method, carrier, service, created_at)");
  EXPECT_EQ(check_template("${now:%Q}").value_or(""),
            "the ${now:FORMAT} format \"%Q\" uses %Q (known: %Y %m %d %H %M %S %%)");
  EXPECT_EQ(check_template("at ${now").value_or(""),
            "the placeholder at character 4 is not closed by }");
  EXPECT_EQ(check_template("${today}").value_or(""),
            "unknown placeholder ${today} (known: ${now:FORMAT}, ${order.FIELD})");
  EXPECT_FALSE(check_template("plain text and ${order.total} ${now:%%}").has_value());
}

}  // namespace
}  // namespace orderhub::pipeline::order_rules
