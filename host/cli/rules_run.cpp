// "orderhub rules run [--order ORDER...]" and "orderhub rules test ID ORDER [--json]": running
// the rules by hand, and showing what one rule would do to an order without changing anything.
#include <ostream>

#include "action_command_support.h"
#include "hub_access.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/rules/rule_engine.h"
#include "pipeline/rules/rule_log.h"
#include "rules_commands.h"

namespace orderhub::cli {
namespace {

namespace order_rules = pipeline::order_rules;
namespace po = boost::program_options;

void print_counts(std::ostream& out, const order_rules::RuleRunCounts& counts) {
  out << "rules: " << counts.evaluated << " evaluated, " << counts.applied << " applied, "
      << counts.skipped << " skipped\n";
}

int run_rules(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options(
      "[--order ORDER...]",
      "Without --order: runs the rule evaluations held back by a rule's delay that are due now\n"
      "(download and sync run them too). With --order: runs every enabled rule on each order\n"
      "now, in the set order, whatever ran before; each firing is logged.");
  options.add()("order", po::value<std::vector<std::string>>()->value_name("ORDER"),
                "hub order id (12) or ACCOUNT:CHANNEL_ORDER_ID (repeatable)");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  const auto store = open_hub_store(context);
  if (values->count("order") == 0) {
    print_counts(context.out, order_rules::run_due_rules(*store, current_time()));
    return kExitSuccess;
  }
  std::vector<domain::OrderId> orders;
  for (const std::string& reference : (*values)["order"].as<std::vector<std::string>>()) {
    auto id = find_order(*store, reference);
    if (!id) {
      return command_failure(context, id.error().message);
    }
    orders.push_back(*id);
  }
  auto counts = order_rules::run_rules_by_hand(*store, orders, current_time());
  if (!counts) {
    return command_failure(context, counts.error().message);
  }
  print_counts(context.out, *counts);
  return kExitSuccess;
}

int test_rule(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("ID ORDER [--json]",
                         "Shows what rule ID would do to ORDER now: whether the order is in the\n"
                         "rule's scope, which conditions match, the actions and the fields they\n"
                         "would change. Nothing is changed and nothing is logged.");
  options.add_positional("ARGUMENTS", 2, "the rule id and the order");
  options.add()("json", "print JSON");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  const auto given = values->count("ARGUMENTS") == 0
                         ? std::vector<std::string>{}
                         : (*values)["ARGUMENTS"].as<std::vector<std::string>>();
  if (given.size() != 2) {
    return usage_error(context, "expected ID and ORDER");
  }
  auto rule_id = parse_rule_id(given[0]);
  if (!rule_id) {
    return usage_error(context, rule_id.error().message);
  }
  const auto store = open_hub_store(context);
  auto order_id = find_order(*store, given[1]);
  if (!order_id) {
    return command_failure(context, order_id.error().message);
  }
  auto report = order_rules::test_rule(*store, *rule_id, *order_id, current_time());
  if (!report) {
    return command_failure(context, report.error().message);
  }
  const order_rules::RuleEvaluation& evaluation = report->evaluation;
  const bool applies = evaluation.result == order_rules::EvaluationResult::applied;
  const nlohmann::json changes =
      applies ? order_rules::changed_fields(report->order, report->overrides, evaluation.draft)
              : nlohmann::json{{"before", nlohmann::json::object()},
                               {"after", nlohmann::json::object()}};
  if (values->count("json") != 0) {
    nlohmann::ordered_json json;
    json["rule_id"] = *rule_id;
    json["order_id"] = order_id->value;
    json["result"] = std::string(order_rules::to_string(evaluation.result));
    json["reason"] = evaluation.reason;
    json["conditions_matched"] = evaluation.conditions_matched;
    json["actions"] = evaluation.actions;
    json["changes"] = nlohmann::ordered_json::parse(changes.dump());
    print_json(context.out, json);
    return kExitSuccess;
  }
  context.out << "rule " << *rule_id << " on order " << order_id->value << ": "
              << order_rules::to_string(evaluation.result)
              << (evaluation.reason.empty() ? "" : " (" + evaluation.reason + ")") << "\n";
  for (const std::string& condition : evaluation.conditions_matched) {
    context.out << "  matched: " << condition << "\n";
  }
  for (const std::string& action : evaluation.actions) {
    context.out << "  would: " << action << "\n";
  }
  for (const auto& [field, after] : changes["after"].items()) {
    context.out << "  " << field << ": " << changes["before"][field].dump() << " -> "
                << after.dump() << "\n";
  }
  context.out << "nothing was changed\n";
  return kExitSuccess;
}

}  // namespace

Command rules_run_command() {
  return Command{"run", "run due delayed rules, or every rule on the given orders", &run_rules};
}

Command rules_test_command() {
  return Command{"test", "show what a rule would do to an order (changes nothing)", &test_rule};
}

}  // namespace orderhub::cli
