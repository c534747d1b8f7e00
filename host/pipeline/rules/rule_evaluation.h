// rule_evaluation.h: one rule against one order, without touching the store: is the order in the
// rule's scope, do its conditions match, and what would its actions make of the order. Both the
// engine (which then stores the result) and `orderhub rules test` (which only shows it) use this.
#pragma once

#include <string>
#include <vector>

#include "domain/time.h"
#include "pipeline/rules/conditions.h"
#include "pipeline/rules/rule_actions.h"
#include "pipeline/rules/rule_document.h"

namespace orderhub::pipeline::order_rules {

enum class EvaluationResult {
  out_of_scope,  // unpaid or shipped, and the rule does not include such orders
  not_matched,   // the conditions do not hold
  applied,       // every action was accepted: draft holds the order to store
  refused,       // an action was refused: nothing may be stored
};

struct RuleEvaluation {
  EvaluationResult result = EvaluationResult::not_matched;
  std::string reason{};                           // out_of_scope and refused: why
  std::vector<std::string> conditions_matched{};  // applied and refused
  std::vector<std::string> actions{};             // what each accepted action did
  OrderDraft draft{};                             // applied: the order and overrides to store
};

RuleEvaluation evaluate_rule(const RuleDocument& rule, const OrderFacts& facts,
                             domain::Timestamp now);

// The text form of a result: "out_of_scope", "not_matched", "applied", "refused".
std::string_view to_string(EvaluationResult result);

}  // namespace orderhub::pipeline::order_rules
