// rule_evaluation.cpp: scope, conditions, then the actions in the rule's order on a draft.
#include "pipeline/rules/rule_evaluation.h"

namespace orderhub::pipeline::order_rules {
namespace {

bool is_unpaid(const domain::Order& order) {
  return order.payment_status == domain::PaymentStatus::no_payment ||
         order.payment_status == domain::PaymentStatus::authorized ||
         order.payment_status == domain::PaymentStatus::payment_error;
}

}  // namespace

std::string_view to_string(EvaluationResult result) {
  switch (result) {
    case EvaluationResult::out_of_scope:
      return "out_of_scope";
    case EvaluationResult::not_matched:
      return "not_matched";
    case EvaluationResult::applied:
      return "applied";
    case EvaluationResult::refused:
      return "refused";
  }
  return "?";
}

RuleEvaluation evaluate_rule(const RuleDocument& rule, const OrderFacts& facts,
                             domain::Timestamp now) {
  RuleEvaluation evaluation;
  const domain::Order& order = facts.order;
  if (!rule.scope.include_unpaid && is_unpaid(order)) {
    evaluation.result = EvaluationResult::out_of_scope;
    evaluation.reason = "the order is unpaid (" +
                        std::string(domain::to_string(order.payment_status)) +
                        ") and the rule does not include unpaid orders";
    return evaluation;
  }
  if (!rule.scope.include_shipped && order.shipping_status != domain::ShippingStatus::unshipped) {
    evaluation.result = EvaluationResult::out_of_scope;
    evaluation.reason = "the order is " + std::string(domain::to_string(order.shipping_status)) +
                        " and the rule does not include shipped orders";
    return evaluation;
  }
  if (!matches(rule.conditions, facts, evaluation.conditions_matched)) {
    evaluation.result = EvaluationResult::not_matched;
    evaluation.conditions_matched.clear();
    return evaluation;
  }
  evaluation.draft = OrderDraft{order, facts.overrides};
  for (const RuleAction& action : rule.actions) {
    auto done = apply_action(action, evaluation.draft, now);
    if (!done) {
      evaluation.result = EvaluationResult::refused;
      evaluation.reason = done.error().message;
      evaluation.draft = OrderDraft{order, facts.overrides};
      return evaluation;
    }
    evaluation.actions.push_back(*done);
  }
  evaluation.result = EvaluationResult::applied;
  return evaluation;
}

}  // namespace orderhub::pipeline::order_rules
