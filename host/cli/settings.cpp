// "orderhub settings show" and "orderhub settings set key=value...": the hub's own settings (the
// default invoice plugin and template, the seller block of invoices).
#include <ostream>

#include "hub_access.h"
#include "invoice_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/invoices/host_settings.h"

namespace orderhub::cli {
namespace {

std::string settings_help() {
  std::string text =
      "Changes the hub's own settings, shared by every account; an empty value (key=) goes back "
      "to the default. Every change is checked first; if one is refused nothing changes.\n"
      "Settings:\n";
  for (const pipeline::HostSettingDefinition& definition : pipeline::host_setting_definitions()) {
    text += "  " + std::string(definition.key) + ": " + std::string(definition.description) + "\n";
  }
  return text;
}

int show(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions command("[--json]", "Shows every hub setting with its value (empty: default).");
  command.add()("json", "print JSON");
  int exit_code = kExitSuccess;
  const auto values = command.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  const auto store = open_hub_store(context);
  const std::map<std::string, std::string> settings =
      pipeline::effective_host_settings(*store->begin_read());
  if (values->count("json") != 0) {
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    for (const auto& [key, value] : settings) {
      json[key] = value;
    }
    print_json(context.out, json);
    return kExitSuccess;
  }
  std::vector<std::vector<std::string>> rows = {{"KEY", "VALUE"}};
  for (const pipeline::HostSettingDefinition& definition : pipeline::host_setting_definitions()) {
    const std::string& value = settings.at(std::string(definition.key));
    rows.push_back({std::string(definition.key), value.empty() ? "(default)" : value});
  }
  print_table(context.out, rows);
  return kExitSuccess;
}

int set(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions command("key=value...", settings_help());
  command.add_positional("CHANGES", -1,
                         "key=value, e.g. invoice.plugin=org.orderhub.invoice.standard");
  int exit_code = kExitSuccess;
  const auto values = command.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("CHANGES") == 0) {
    return usage_error(context, "nothing to change: give key=value");
  }
  std::vector<pipeline::HostSettingChange> changes;
  for (const std::string& text : (*values)["CHANGES"].as<std::vector<std::string>>()) {
    auto change = pipeline::parse_host_setting_change(text);
    if (!change) {
      return command_failure(context, change.error().message);
    }
    changes.push_back(std::move(change).value());
  }
  const auto store = open_hub_store(context);
  const loader::PluginRegistry registry = scan_plugins(context);
  auto changed = pipeline::set_host_settings(*store, registry, changes);
  if (!changed) {
    return command_failure(context, changed.error().message);
  }
  context.out << "settings changed\n";
  return kExitSuccess;
}

}  // namespace

Command settings_command() {
  return Command{"settings",
                 "show or change the hub's own settings (default invoice plugin, seller)",
                 [](const CommandContext& context, const std::vector<std::string>& arguments) {
                   CommandRegistry subcommands;
                   subcommands.add(Command{"show", "show every hub setting", &show});
                   subcommands.add(Command{"set", "change hub settings", &set});
                   return subcommands.dispatch(context, arguments);
                 }};
}

}  // namespace orderhub::cli
