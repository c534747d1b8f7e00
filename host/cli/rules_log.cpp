// "orderhub rules log [--order ORDER] [--rule ID] [--json]": every rule firing: rule, version,
// order, conditions matched, actions applied (or why it was skipped), time and trigger.
#include <ostream>

#include "action_command_support.h"
#include "hub_access.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/rules/rule_log.h"
#include "rules_commands.h"

namespace orderhub::cli {
namespace {

namespace po = boost::program_options;

std::string joined(const nlohmann::ordered_json& texts) {
  std::string text;
  for (const auto& item : texts) {
    text += (text.empty() ? "" : "; ") + item.get<std::string>();
  }
  return text.empty() ? "-" : text;
}

int show_log(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("[--order ORDER] [--rule ID] [--json]",
                         "Shows the rule log, oldest first: each time a rule's conditions matched\n"
                         "an order, with what it did or why it was skipped.");
  options.add()("order", po::value<std::string>()->value_name("ORDER"),
                "only this order (hub id or ACCOUNT:CHANNEL_ORDER_ID)")(
      "rule", po::value<std::string>()->value_name("ID"), "only this rule")("json",
                                                                            "print a JSON array");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  store::RuleLogFilter filter;
  if (values->count("rule") != 0) {
    auto id = parse_rule_id((*values)["rule"].as<std::string>());
    if (!id) {
      return usage_error(context, "--rule: " + id.error().message);
    }
    filter.rule_id = *id;
  }
  const auto store = open_hub_store(context);
  if (values->count("order") != 0) {
    auto id = find_order(*store, (*values)["order"].as<std::string>());
    if (!id) {
      return command_failure(context, id.error().message);
    }
    filter.order_id = *id;
  }
  const std::vector<domain::RuleLogEntry> entries = store::in_read_transaction(
      *store,
      [&](store::Transaction& transaction) { return transaction.rules().list_log(filter); });
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const domain::RuleLogEntry& entry : entries) {
    list.push_back(pipeline::order_rules::log_entry_to_json(entry));
  }
  if (values->count("json") != 0) {
    print_json(context.out, list);
    return kExitSuccess;
  }
  std::vector<std::vector<std::string>> rows = {
      {"AT", "RULE", "VERSION", "ORDER", "TRIGGER", "OUTCOME", "MATCHED", "ACTIONS / REASON"}};
  for (const auto& entry : list) {
    const bool applied = entry["outcome"] == "applied";
    rows.push_back({entry["at"].get<std::string>(),
                    std::to_string(entry["rule_id"].get<std::int64_t>()) + " " +
                        domain::quoted(entry["rule_name"].get<std::string>()),
                    std::to_string(entry["rule_version"].get<std::int64_t>()),
                    std::to_string(entry["order_id"].get<std::int64_t>()),
                    entry["trigger"].get<std::string>(), entry["outcome"].get<std::string>(),
                    joined(entry["conditions_matched"]),
                    applied ? joined(entry["actions"]) : entry["reason"].get<std::string>()});
  }
  print_table(context.out, rows);
  return kExitSuccess;
}

}  // namespace

Command rules_log_command() {
  return Command{"log", "show the rule log", &show_log};
}

}  // namespace orderhub::cli
