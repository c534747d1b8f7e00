// "orderhub account set ID key=value...": changes settings and config keys of an account, all of
// them or none.
#include <ostream>

#include "hub_access.h"
#include "hub_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/accounts/account_settings.h"
#include "pipeline/accounts/accounts.h"

namespace orderhub::cli {
namespace {

std::string settings_help() {
  std::string text =
      "Changes an account's settings, or one key of its plugin config with config.<key>=value.\n"
      "Every change is checked first; if one is refused nothing changes. Settings:\n";
  for (const pipeline::SettingDefinition& definition : pipeline::setting_definitions()) {
    text += "  " + std::string(definition.key) + " (default " +
            (definition.default_value.empty() ? std::string("empty")
                                              : std::string(definition.default_value)) +
            "): " + std::string(definition.description) + "\n";
  }
  return text;
}

int set_account(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("ID key=value...", settings_help());
  options.add_positional("ID", 1, "the account");
  options.add_positional("CHANGES", -1, "key=value, e.g. download.allow_unpaid=true");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ID") == 0) {
    return usage_error(context, "the account ID is missing");
  }
  if (values->count("CHANGES") == 0) {
    return usage_error(context, "nothing to change: give key=value");
  }
  std::vector<pipeline::AccountChange> changes;
  for (const std::string& text : (*values)["CHANGES"].as<std::vector<std::string>>()) {
    auto change = pipeline::parse_account_change(text);
    if (!change) {
      return command_failure(context, change.error().message);
    }
    changes.push_back(std::move(change).value());
  }

  const std::string id = (*values)["ID"].as<std::vector<std::string>>().front();
  const auto store = open_hub_store(context);
  const loader::PluginRegistry registry = scan_plugins(context);
  auto changed = pipeline::set_account(*store, registry, id, changes);
  if (!changed) {
    return command_failure(context, changed.error().message);
  }
  context.out << "account " << changed->id.str() << " changed\n";
  return kExitSuccess;
}

}  // namespace

Command account_set_command() {
  return Command{"set", "change an account's settings or config keys", &set_account};
}

}  // namespace orderhub::cli
