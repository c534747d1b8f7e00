// "orderhub rules enable|disable|remove ID" and "orderhub rules order ID...": switching rules on
// and off, removing them, and setting the order they run in.
#include <ostream>

#include "hub_access.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/rules/rule_catalog.h"
#include "rules_commands.h"

namespace orderhub::cli {
namespace {

namespace order_rules = pipeline::order_rules;

// Parses "ID" for the enable, disable and remove commands.
std::optional<std::int64_t> one_rule_id(const CommandContext& context,
                                        const std::vector<std::string>& arguments,
                                        const std::string& description, int& exit_code) {
  CommandOptions options("ID", description);
  options.add_positional("ID", 1, "the rule id");
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return std::nullopt;
  }
  if (values->count("ID") == 0) {
    exit_code = usage_error(context, "the ID is missing");
    return std::nullopt;
  }
  auto id = parse_rule_id((*values)["ID"].as<std::vector<std::string>>().front());
  if (!id) {
    exit_code = usage_error(context, id.error().message);
    return std::nullopt;
  }
  return *id;
}

int switch_rule(const CommandContext& context, const std::vector<std::string>& arguments,
                bool enabled) {
  int exit_code = kExitSuccess;
  const auto id = one_rule_id(
      context, arguments,
      enabled ? "Enables the rule: it applies to orders imported from now on (never to orders\n"
                "imported before)."
              : "Disables the rule: it no longer runs, and delayed evaluations of it are dropped.",
      exit_code);
  if (!id) {
    return exit_code;
  }
  const auto store = open_hub_store(context);
  auto rule = order_rules::set_rule_enabled(*store, *id, enabled, current_time());
  if (!rule) {
    return command_failure(context, rule.error().message);
  }
  context.out << rule_line(*rule) << "\n";
  return kExitSuccess;
}

int remove_rule(const CommandContext& context, const std::vector<std::string>& arguments) {
  int exit_code = kExitSuccess;
  const auto id = one_rule_id(context, arguments,
                              "Removes the rule; its log entries stay in the rule log.", exit_code);
  if (!id) {
    return exit_code;
  }
  const auto store = open_hub_store(context);
  auto removed = order_rules::remove_rule(*store, *id);
  if (!removed) {
    return command_failure(context, removed.error().message);
  }
  context.out << "rule " << *id << " removed\n";
  return kExitSuccess;
}

int order_rules_command(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("ID...",
                         "Sets the running order: the rules named run first, in the order given;\n"
                         "the others keep their relative order after them.");
  options.add_positional("ID", -1, "rule ids");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ID") == 0) {
    return usage_error(context, "name at least one rule ID");
  }
  std::vector<std::int64_t> ids;
  for (const std::string& text : (*values)["ID"].as<std::vector<std::string>>()) {
    auto id = parse_rule_id(text);
    if (!id) {
      return usage_error(context, id.error().message);
    }
    ids.push_back(*id);
  }
  const auto store = open_hub_store(context);
  auto ordered = order_rules::set_rule_order(*store, ids, current_time());
  if (!ordered) {
    return command_failure(context, ordered.error().message);
  }
  for (const domain::StoredRule& rule : *ordered) {
    context.out << rule_line(rule) << "\n";
  }
  return kExitSuccess;
}

}  // namespace

Command rules_enable_command() {
  return Command{"enable", "enable a rule (for orders imported from now on)",
                 [](const CommandContext& context, const std::vector<std::string>& arguments) {
                   return switch_rule(context, arguments, true);
                 }};
}

Command rules_disable_command() {
  return Command{"disable", "disable a rule",
                 [](const CommandContext& context, const std::vector<std::string>& arguments) {
                   return switch_rule(context, arguments, false);
                 }};
}

Command rules_remove_command() {
  return Command{"remove", "remove a rule (its log stays)", &remove_rule};
}

Command rules_order_command() {
  return Command{"order", "set the order the rules run in", &order_rules_command};
}

}  // namespace orderhub::cli
