// The "rules" command group: dispatches to its subcommands, and the helpers they share.
#include <charconv>
#include <fstream>
#include <sstream>

#include "rules_commands.h"

namespace orderhub::cli {

domain::Result<std::int64_t> parse_rule_id(std::string_view text) {
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || id <= 0) {
    return domain::Error{"rule id " + domain::quoted(text) + " is not a positive whole number"};
  }
  return id;
}

domain::Result<std::string> read_rule_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return domain::Error{path + ": cannot be read"};
  }
  std::ostringstream content;
  content << file.rdbuf();
  if (file.bad()) {
    return domain::Error{path + ": reading failed"};
  }
  return content.str();
}

std::string rule_line(const domain::StoredRule& rule) {
  return "rule " + std::to_string(rule.id) + " " + domain::quoted(rule.name) + " (version " +
         std::to_string(rule.version) + ", " + (rule.enabled ? "enabled" : "disabled") +
         ", position " + std::to_string(rule.position) + ")";
}

Command rules_command() {
  return Command{"rules", "order rules run after import, and their log",
                 [](const CommandContext& context, const std::vector<std::string>& arguments) {
                   CommandRegistry subcommands;
                   subcommands.add(rules_add_command());
                   subcommands.add(rules_update_command());
                   subcommands.add(rules_list_command());
                   subcommands.add(rules_show_command());
                   subcommands.add(rules_enable_command());
                   subcommands.add(rules_disable_command());
                   subcommands.add(rules_remove_command());
                   subcommands.add(rules_order_command());
                   subcommands.add(rules_run_command());
                   subcommands.add(rules_test_command());
                   subcommands.add(rules_log_command());
                   return subcommands.dispatch(context, arguments);
                 }};
}

}  // namespace orderhub::cli
