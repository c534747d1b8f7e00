// "orderhub rules list [--json]" and "orderhub rules show ID [--json]": the rules in running
// order, and one rule with its document.
#include <ostream>

#include "hub_access.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/rules/rule_log.h"
#include "rules_commands.h"

namespace orderhub::cli {
namespace {

int list_rules(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("[--json]", "Lists the rules in the order they run.");
  options.add()("json", "print a JSON array");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  const auto store = open_hub_store(context);
  const std::vector<domain::StoredRule> rules = store::in_read_transaction(
      *store, [](store::Transaction& transaction) { return transaction.rules().list(); });
  if (values->count("json") != 0) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const domain::StoredRule& rule : rules) {
      list.push_back(pipeline::order_rules::rule_to_json(rule));
    }
    print_json(context.out, list);
    return kExitSuccess;
  }
  std::vector<std::vector<std::string>> rows = {
      {"POSITION", "ID", "NAME", "VERSION", "ENABLED", "ENABLED_AT"}};
  for (const domain::StoredRule& rule : rules) {
    rows.push_back({std::to_string(rule.position), std::to_string(rule.id), rule.name,
                    std::to_string(rule.version), rule.enabled ? "yes" : "no",
                    rule.enabled_at ? domain::format_timestamp(*rule.enabled_at) : "-"});
  }
  print_table(context.out, rows);
  return kExitSuccess;
}

int show_rule(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("ID [--json]", "Shows one rule with its document.");
  options.add_positional("ID", 1, "the rule id");
  options.add()("json", "print JSON");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ID") == 0) {
    return usage_error(context, "the ID is missing");
  }
  auto id = parse_rule_id((*values)["ID"].as<std::vector<std::string>>().front());
  if (!id) {
    return usage_error(context, id.error().message);
  }
  const auto store = open_hub_store(context);
  const std::optional<domain::StoredRule> rule = store::in_read_transaction(
      *store, [&](store::Transaction& transaction) { return transaction.rules().find(*id); });
  if (!rule) {
    return command_failure(context, "there is no rule " + std::to_string(*id));
  }
  const nlohmann::ordered_json json = pipeline::order_rules::rule_to_json(*rule);
  if (values->count("json") != 0) {
    print_json(context.out, json);
    return kExitSuccess;
  }
  context.out << rule_line(*rule) << "\n"
              << "enabled at: "
              << (rule->enabled_at ? domain::format_timestamp(*rule->enabled_at) : "-") << "\n"
              << "document:\n";
  print_json(context.out, json["document"]);
  return kExitSuccess;
}

}  // namespace

Command rules_list_command() {
  return Command{"list", "list the rules in running order", &list_rules};
}

Command rules_show_command() {
  return Command{"show", "show one rule and its document", &show_rule};
}

}  // namespace orderhub::cli
