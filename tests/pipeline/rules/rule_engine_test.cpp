// rule_engine_test.cpp: the rules on a real store: they run right after the first import only,
// in their set order, within their scope, all actions or none, logged, and the overrides they set
// are honoured by shipping.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "action_test_support.h"
#include "pipeline/download/page_import.h"
#include "pipeline/rules/rule_catalog.h"
#include "pipeline/rules/rule_engine.h"

namespace orderhub::pipeline::order_rules {
namespace {

using nlohmann::json;
using testing::at;

json rule(const std::string& name, const json& conditions, const json& actions,
          json extra = json::object()) {
  json document = {{"name", name}, {"conditions", conditions}, {"actions", actions}};
  document.update(extra);
  return document;
}

const json kIllinois = {{"ship_to_state", "IL"}};

class RuleEngineTest : public testing::ActionTest {
 protected:
  domain::StoredRule add(const json& document, domain::Timestamp when) {
    auto added = add_rule(*store_, document.dump(), when);
    EXPECT_TRUE(added.ok()) << added.error().message;
    return *added;
  }

  // Downloads the order as a channel page would deliver it; returns its hub id.
  domain::OrderId download(const domain::Order& order, domain::Timestamp when) {
    AccountSettings settings;
    settings.allow_unpaid = true;
    settings.allow_shipped = true;
    store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
      const domain::Account account = *transaction.accounts().find(shop_);
      OrderBatch batch;
      batch.orders.push_back(order);
      (void)import_page(transaction, PageImport{account, settings, Acknowledge::no, when}, batch);
    });
    return store_->begin_read()->orders().find(shop_, order.channel_order_id)->id;
  }

  std::vector<domain::RuleLogEntry> log(std::optional<domain::OrderId> order = std::nullopt) {
    store::RuleLogFilter filter;
    filter.order_id = order;
    return store_->begin_read()->rules().list_log(filter);
  }

  domain::OrderOverrides overrides(domain::OrderId id) {
    return store_->begin_read()->order_overrides().find(id);
  }

  domain::Order order(const char* channel_order_id) {
    return testing::sample_order(shop_, channel_order_id);
  }

  const domain::Timestamp rule_time_ = at("2026-11-23T09:00:00Z");
  const domain::Timestamp import_time_ = at("2026-11-23T10:00:00Z");
};

TEST_F(RuleEngineTest, RulesRunRightAfterTheFirstImport) {
  const domain::StoredRule held =
      add(rule("Hold Illinois", kIllinois, {{{"hold", {{"reason", "IL review"}}}}}), rule_time_);
  const domain::OrderId id = download(order("2001"), import_time_);

  const domain::Order stored_order = stored(id);
  EXPECT_EQ(stored_order.status, domain::OrderStatus::on_hold);
  EXPECT_EQ(stored_order.hold_reason, "IL review");
  const auto entries = log(id);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].rule_id, held.id);
  EXPECT_EQ(entries[0].rule_version, 1);
  EXPECT_EQ(entries[0].trigger, "import");
  EXPECT_EQ(entries[0].outcome, domain::RuleOutcome::applied);
  EXPECT_EQ(entries[0].conditions_json, R"(["ship_to_state \"IL\""])");
  EXPECT_EQ(entries[0].actions_json, R"(["put on hold: IL review"])");
  EXPECT_EQ(entries[0].at, import_time_);
  const auto events = history(id);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].kind, "imported");
  EXPECT_EQ(events[1].kind, "rule_applied");
  EXPECT_EQ(events[1].actor, "rules");
  EXPECT_EQ(json::parse(events[1].before_json),
            json({{"status", "in_process"}, {"hold_reason", ""}}));
  EXPECT_EQ(json::parse(events[1].after_json),
            json({{"status", "on_hold"}, {"hold_reason", "IL review"}}));
}

TEST_F(RuleEngineTest, ReimportingOrUpdatingAnOrderNeverRunsItsRulesAgain) {
  add(rule("Note", kIllinois, {{{"add_note", "seen"}}}), rule_time_);
  const domain::OrderId id = download(order("2001"), import_time_);
  EXPECT_EQ(stored(id).notes, "seen");

  download(order("2001"), import_time_ + std::chrono::hours(1));  // unchanged
  domain::Order changed = order("2001");
  changed.channel_status = "C";
  changed.updated_at = at("2026-11-23T11:00:00Z");
  download(changed, import_time_ + std::chrono::hours(2));  // updated in place
  store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
    const domain::Account account = *transaction.accounts().find(shop_);
    (void)run_rules_after_import(transaction, account, id, import_time_ + std::chrono::hours(3));
  });

  EXPECT_EQ(stored(id).notes, "seen");
  EXPECT_EQ(stored(id).channel_status, "C");
  EXPECT_EQ(log(id).size(), 1u);
}

TEST_F(RuleEngineTest, ARuleEnabledLaterDoesNotTouchOlderOrders) {
  const domain::OrderId older = download(order("2001"), import_time_);
  const domain::StoredRule later =
      add(rule("Hold", kIllinois, {{{"hold", {{"reason", "r"}}}}}, {{"enabled", false}}),
          import_time_ + std::chrono::hours(1));
  const domain::OrderId while_disabled =
      download(order("2002"), import_time_ + std::chrono::hours(2));
  ASSERT_TRUE(set_rule_enabled(*store_, later.id, true, import_time_ + std::chrono::hours(3)).ok());
  // Both are downloaded again after the rule was enabled: still untouched.
  domain::Order changed = order("2001");
  changed.channel_status = "X";
  download(changed, import_time_ + std::chrono::hours(4));
  download(order("2002"), import_time_ + std::chrono::hours(4));
  const domain::OrderId newer = download(order("2003"), import_time_ + std::chrono::hours(4));

  EXPECT_EQ(stored(older).status, domain::OrderStatus::in_process);
  EXPECT_EQ(stored(while_disabled).status, domain::OrderStatus::in_process);
  EXPECT_EQ(stored(newer).status, domain::OrderStatus::on_hold);
  EXPECT_EQ(log().size(), 1u);
}

TEST_F(RuleEngineTest, UnpaidOrdersNeedIncludeUnpaid) {
  add(rule("Default scope", kIllinois, {{{"add_note", "default"}}}), rule_time_);
  add(rule("With unpaid", kIllinois, {{{"add_note", "unpaid too"}}},
           {{"scope", {{"include_unpaid", true}}}}),
      rule_time_);
  domain::Order unpaid = order("2001");
  unpaid.payment_status = domain::PaymentStatus::no_payment;
  unpaid.paid = testing::usd(0);
  const domain::OrderId id = download(unpaid, import_time_);
  EXPECT_EQ(stored(id).notes, "unpaid too");
  EXPECT_EQ(log(id).size(), 1u);
}

TEST_F(RuleEngineTest, ShippedOrdersNeedIncludeShipped) {
  add(rule("Default scope", kIllinois, {{{"add_note", "default"}}}), rule_time_);
  add(rule("With shipped", kIllinois, {{{"add_note", "shipped too"}}},
           {{"scope", {{"include_shipped", true}}}}),
      rule_time_);
  domain::Order shipped = order("2001");
  shipped.shipping_status = domain::ShippingStatus::partially_shipped;
  shipped.lines[0].quantity_shipped = 1;
  const domain::OrderId id = download(shipped, import_time_);
  EXPECT_EQ(stored(id).notes, "shipped too");
}

TEST_F(RuleEngineTest, RulesRunInTheirSetOrderAndTheOrderIsKept) {
  const domain::StoredRule first =
      add(rule("A", kIllinois,
               {{{"add_note", "A"}}, {{"set_custom_field", {{"name", "by"}, {"value", "A"}}}}}),
          rule_time_);
  const domain::StoredRule second =
      add(rule("B", kIllinois,
               {{{"add_note", "B"}}, {{"set_custom_field", {{"name", "by"}, {"value", "B"}}}}}),
          rule_time_);
  const domain::OrderId before = download(order("2001"), import_time_);
  EXPECT_EQ(stored(before).notes, "A\nB");
  EXPECT_EQ(overrides(before).custom_fields.at("by"), "B");

  auto reordered = set_rule_order(*store_, {second.id}, rule_time_);
  ASSERT_TRUE(reordered.ok()) << reordered.error().message;
  const auto listed = store_->begin_read()->rules().list();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, second.id);
  EXPECT_EQ(listed[1].id, first.id);

  const domain::OrderId after = download(order("2002"), import_time_);
  EXPECT_EQ(stored(after).notes, "B\nA");
  EXPECT_EQ(overrides(after).custom_fields.at("by"), "A");
}

TEST_F(RuleEngineTest, ARefusedActionAppliesNothingAndIsLoggedAsSkipped) {
  domain::Order cancelled = stored(order_id_);
  cancelled.status = domain::OrderStatus::cancelled;
  store_order(cancelled);
  add(rule("Note then hold", kIllinois,
           {{{"add_note", "checked"}}, {{"set_rush", true}}, {{"hold", {{"reason", "late"}}}}}),
      rule_time_);
  const testing::Snapshot before = snapshot(order_id_);

  auto counts = run_rules_by_hand(*store_, {order_id_}, import_time_);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->skipped, 1);
  EXPECT_EQ(counts->applied, 0);

  EXPECT_EQ(snapshot(order_id_), before);  // neither the note nor rush was kept
  const auto entries = log(order_id_);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].outcome, domain::RuleOutcome::skipped);
  EXPECT_EQ(entries[0].trigger, "manual");
  EXPECT_EQ(entries[0].reason, "order 1 is cancelled: no further action is possible");
}

TEST_F(RuleEngineTest, RulesTestShowsTheChangeButChangesNothing) {
  const domain::StoredRule held = add(
      rule("Hold", kIllinois, {{{"hold", {{"reason", "r"}}}}, {{"skip_fulfilment_upload", true}}}),
      rule_time_);
  const testing::Snapshot before = snapshot(order_id_);
  const domain::OrderOverrides overrides_before = overrides(order_id_);

  auto report = test_rule(*store_, held.id, order_id_, import_time_);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->evaluation.result, EvaluationResult::applied);
  EXPECT_EQ(report->evaluation.draft.order.status, domain::OrderStatus::on_hold);
  EXPECT_TRUE(report->evaluation.draft.overrides.skip_fulfilment_upload);

  EXPECT_EQ(snapshot(order_id_), before);
  EXPECT_EQ(overrides(order_id_), overrides_before);
  EXPECT_TRUE(log().empty());
}

TEST_F(RuleEngineTest, ADelayedRuleRunsOnceWhenDue) {
  add(rule("Late payment check", kIllinois, {{{"mark_problem", {{"reason", "still unpaid?"}}}}},
           {{"delay", "30m"}}),
      rule_time_);
  const domain::OrderId id = download(order("2001"), import_time_);
  EXPECT_EQ(stored(id).status, domain::OrderStatus::in_process);

  EXPECT_EQ(run_due_rules(*store_, import_time_ + std::chrono::minutes(29)).evaluated, 0);
  EXPECT_EQ(stored(id).status, domain::OrderStatus::in_process);
  const RuleRunCounts due = run_due_rules(*store_, import_time_ + std::chrono::minutes(30));
  EXPECT_EQ(due.applied, 1);
  EXPECT_EQ(stored(id).status, domain::OrderStatus::problem);
  EXPECT_EQ(run_due_rules(*store_, import_time_ + std::chrono::hours(5)).evaluated, 0);
  const auto entries = log(id);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].trigger, "delayed");
}

TEST_F(RuleEngineTest, SkipFulfilmentUploadMeansShippingWritesNoOutboxRow) {
  add(rule("Ships outside", {{"sku_equals", "SKU-1"}}, {{{"skip_fulfilment_upload", true}}}),
      rule_time_);
  const domain::OrderId skipped = download(order("2001"), import_time_);
  EXPECT_TRUE(overrides(skipped).skip_fulfilment_upload);

  ShipRequest request;
  request.carrier = "UPS";  // the test store maps no shipping method
  request.service = "Ground";
  request.tracking_number = "1Z1";
  auto outcome = ship_order(*store_, skipped, request, full_channel(), context());
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_FALSE(outcome->channel.outbox_row.has_value());
  EXPECT_EQ(outcome->channel.not_sent_reason,
            "order " + std::to_string(skipped.value) +
                " skips the fulfilment upload (set by an order rule)");
  EXPECT_TRUE(outbox_rows().empty());

  // An order without the override still queues its shipment.
  ASSERT_TRUE(ship_order(*store_, order_id_, request, full_channel(), context()).ok());
  EXPECT_EQ(outbox_rows().size(), 1u);
}

TEST_F(RuleEngineTest, InvoiceOverrideIsStoredOnTheOrder) {
  add(rule("Wholesale invoices", {{"buyer_email_domain", "example.com"}},
           {{{"set_invoice",
              {{"plugin", "org.orderhub.invoice.standard"}, {"template", "wholesale.html"}}}}}),
      rule_time_);
  const domain::OrderId id = download(order("2001"), import_time_);
  EXPECT_EQ(overrides(id).invoice_plugin, "org.orderhub.invoice.standard");
  EXPECT_EQ(overrides(id).invoice_template, "wholesale.html");
}

TEST_F(RuleEngineTest, AnInvalidDocumentStoresNothing) {
  auto refused =
      add_rule(*store_, R"({"name": "x", "conditions": {"rush": 1}, "actions": []})", rule_time_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().message, "$.conditions.rush: expected true or false");
  EXPECT_TRUE(store_->begin_read()->rules().list().empty());
}

TEST_F(RuleEngineTest, UpdatingARuleRaisesItsVersion) {
  const domain::StoredRule added = add(rule("v", kIllinois, {{{"add_note", "one"}}}), rule_time_);
  auto updated = update_rule(*store_, added.id,
                             rule("v", kIllinois, {{{"add_note", "two"}}}).dump(), import_time_);
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->version, 2);
  const domain::OrderId id = download(order("2001"), import_time_);
  EXPECT_EQ(stored(id).notes, "two");
  EXPECT_EQ(log(id).at(0).rule_version, 2);
}

}  // namespace
}  // namespace orderhub::pipeline::order_rules
