// "orderhub rules add FILE" and "orderhub rules update ID FILE": store a rule document (checked
// first: a bad one is refused with its JSON path and nothing is stored).
#include <ostream>

#include "hub_access.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/rules/rule_catalog.h"
#include "rules_commands.h"

namespace orderhub::cli {
namespace {

int add_rule(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options(
      "FILE",
      "Adds the rule in FILE (a JSON rule document, see docs/rules.md) at the end of the\n"
      "running order. Enabled unless the document says \"enabled\": false; it applies to\n"
      "orders imported from now on. A document with an unknown key, a wrong type, an\n"
      "unknown condition or action or a bad pattern is refused with the JSON path of the\n"
      "problem, and nothing is stored.");
  options.add_positional("FILE", 1, "the rule document");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("FILE") == 0) {
    return usage_error(context, "the FILE is missing");
  }
  const std::string path = (*values)["FILE"].as<std::vector<std::string>>().front();
  auto text = read_rule_file(path);
  if (!text) {
    return command_failure(context, text.error().message);
  }
  const auto store = open_hub_store(context);
  auto rule = pipeline::order_rules::add_rule(*store, *text, current_time());
  if (!rule) {
    return command_failure(context, path + ": " + rule.error().message);
  }
  context.out << rule_line(*rule) << " added\n";
  return kExitSuccess;
}

int update_rule(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("ID FILE",
                         "Replaces the document of rule ID with FILE: the rule's version rises\n"
                         "by one; whether it is enabled and its place in the order stay.");
  options.add_positional("ARGUMENTS", 2, "the rule id and the rule document");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  const auto given = values->count("ARGUMENTS") == 0
                         ? std::vector<std::string>{}
                         : (*values)["ARGUMENTS"].as<std::vector<std::string>>();
  if (given.size() != 2) {
    return usage_error(context, "expected ID and FILE");
  }
  auto id = parse_rule_id(given[0]);
  if (!id) {
    return usage_error(context, id.error().message);
  }
  auto text = read_rule_file(given[1]);
  if (!text) {
    return command_failure(context, text.error().message);
  }
  const auto store = open_hub_store(context);
  auto rule = pipeline::order_rules::update_rule(*store, *id, *text, current_time());
  if (!rule) {
    return command_failure(context, given[1] + ": " + rule.error().message);
  }
  context.out << rule_line(*rule) << " updated\n";
  return kExitSuccess;
}

}  // namespace

Command rules_add_command() {
  return Command{"add", "add a rule from a JSON document", &add_rule};
}

Command rules_update_command() {
  return Command{"update", "replace a rule's document (a new version)", &update_rule};
}

}  // namespace orderhub::cli
