// rule_document_test.cpp: a rule document is read whole or refused with the JSON path of the
// first problem and its reason.
#include <gtest/gtest.h>

#include "pipeline/rules/rule_document.h"

namespace orderhub::pipeline::order_rules {
namespace {

std::string refusal(const std::string& document) {
  auto parsed = parse_rule_document(document);
  return parsed.ok() ? "accepted" : parsed.error().message;
}

constexpr const char* kValid = R"({
  "name": "Hold Texas orders",
  "scope": {"include_unpaid": true},
  "delay": "30m",
  "conditions": {"all": [{"ship_to_state": "TX"}, {"not": {"sku_starts_with": "GIFT-"}}]},
  "actions": [{"hold": {"reason": "Texas review"}}, {"add_note": "held on ${now:%Y-%m-%d}"}]
})";

TEST(RuleDocumentTest, AValidDocumentIsReadWithItsDefaults) {
  auto rule = parse_rule_document(kValid);
  ASSERT_TRUE(rule.ok()) << rule.error().message;
  EXPECT_EQ(rule->name, "Hold Texas orders");
  EXPECT_TRUE(rule->enabled);
  EXPECT_TRUE(rule->scope.include_unpaid);
  EXPECT_FALSE(rule->scope.include_shipped);
  EXPECT_EQ(rule->delay, std::chrono::minutes(30));
  EXPECT_EQ(rule->conditions.kind, ConditionKind::all);
  ASSERT_EQ(rule->conditions.children.size(), 2u);
  EXPECT_EQ(rule->conditions.children[1].kind, ConditionKind::negation);
  ASSERT_EQ(rule->actions.size(), 2u);
  EXPECT_EQ(rule->actions[0].kind, ActionKind::hold);
  EXPECT_EQ(rule->actions[1].kind, ActionKind::add_note);
}

TEST(RuleDocumentTest, WrongTypeIsRefusedWithItsPath) {
  EXPECT_EQ(refusal(R"({"name": "x", "conditions": {"all": [{"ship_to_state": "TX"},
                     {"sku_starts_with": 5}]}, "actions": [{"set_rush": true}]})"),
            "$.conditions.all[1].sku_starts_with: expected a string");
}

TEST(RuleDocumentTest, UnknownTopLevelKeyIsRefused) {
  EXPECT_EQ(refusal(R"({"name": "x", "priority": 1, "conditions": {"rush": true},
                     "actions": [{"set_rush": true}]})"),
            "$.priority: unknown key (known: name, description, enabled, scope, delay, "
            "conditions, actions)");
}

TEST(RuleDocumentTest, UnknownConditionIsRefused) {
  const std::string message = refusal(R"({"name": "x", "conditions": {"any": [{"rush": true},
      {"not": {"colour": "red"}}]}, "actions": [{"set_rush": true}]})");
  EXPECT_EQ(message.substr(0, message.find(" (known")),
            "$.conditions.any[1].not.colour: unknown condition");
}

TEST(RuleDocumentTest, UnknownActionIsRefused) {
  const std::string message = refusal(
      R"({"name": "x", "conditions": {"rush": true}, "actions": [{"set_rush": true}, {"email": "a"}]})");
  EXPECT_EQ(message.substr(0, message.find(" (known")), "$.actions[1].email: unknown action");
}

TEST(RuleDocumentTest, UnknownKeyInsideAnActionIsRefused) {
  EXPECT_EQ(refusal(R"({"name": "x", "conditions": {"rush": true},
                     "actions": [{"hold": {"reason": "r", "until": "tomorrow"}}]})"),
            "$.actions[0].hold.until: unknown key (known: reason)");
}

TEST(RuleDocumentTest, BadPatternsAreRefused) {
  EXPECT_EQ(refusal(R"({"name": "x", "conditions": {"rush": true},
                     "actions": [{"add_note": "on ${now:%Q}"}]})"),
            "$.actions[0].add_note: the ${now:FORMAT} format \"%Q\" uses %Q (known: %Y %m %d %H "
            "%M %S %%)");
  EXPECT_EQ(refusal(R"({"name": "x", "conditions": {"sku_starts_with": ""},
                     "actions": [{"set_rush": true}]})"),
            "$.conditions.sku_starts_with: must not be empty");
  EXPECT_EQ(refusal(R"({"name": "x", "conditions": {"ship_to_country": "usa"},
                     "actions": [{"set_rush": true}]})"),
            "$.conditions.ship_to_country: \"usa\" is not a two-letter country code in capitals "
            "(ISO 3166-1)");
  EXPECT_EQ(refusal(R"({"name": "x", "conditions": {"order_total": {"currency": "USD",
                     "min": "10.001"}}, "actions": [{"set_rush": true}]})")
                .substr(0, 37),
            "$.conditions.order_total.min: amount ");
}

TEST(RuleDocumentTest, MissingPartsAreRefused) {
  EXPECT_EQ(refusal(R"({"name": "x", "actions": [{"set_rush": true}]})"),
            "$.conditions: is required");
  EXPECT_EQ(refusal(R"({"name": "x", "conditions": {"rush": true}, "actions": []})"),
            "$.actions: must hold at least one action");
  EXPECT_EQ(refusal(R"({"name": "x", "conditions": {"all": []}, "actions": [{"set_rush": true}]})"),
            "$.conditions.all: must hold at least one condition");
  EXPECT_EQ(refusal(R"({"name": "x", "conditions": {"rush": true, "carrier": "UPS"},
                     "actions": [{"set_rush": true}]})"),
            "$.conditions: expected a condition object with exactly one key, found 2");
  EXPECT_EQ(refusal("[1, 2]"), "$: expected an object, found an array");
  EXPECT_EQ(refusal("{").substr(0, 19), "$: not valid JSON (");
}

TEST(RuleDocumentTest, WrongScopeAndDelayTypesAreRefused) {
  EXPECT_EQ(refusal(R"({"name": "x", "scope": {"include_unpaid": "yes"},
                     "conditions": {"rush": true}, "actions": [{"set_rush": true}]})"),
            "$.scope.include_unpaid: expected true or false");
  EXPECT_EQ(refusal(R"({"name": "x", "delay": 30, "conditions": {"rush": true},
                     "actions": [{"set_rush": true}]})"),
            "$.delay: expected a string");
  EXPECT_EQ(refusal(R"({"name": "x", "conditions": {"payment_status": "paid"},
                     "actions": [{"set_rush": true}]})")
                .substr(0, 33),
            "$.conditions.payment_status: paym");
}

}  // namespace
}  // namespace orderhub::pipeline::order_rules
