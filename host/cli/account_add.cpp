// "orderhub account add ID --plugin PLUGIN --config JSON|@FILE": adds a channel account after the
// plugin accepted the config. Nothing is stored when anything is refused.
#include <ostream>

#include "hub_access.h"
#include "hub_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/accounts/accounts.h"

namespace orderhub::cli {
namespace {

int add_account(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options(
      "ID --plugin PLUGIN --config JSON|@FILE",
      "Adds a channel account: one configured instance of a channel plugin. The plugin must be\n"
      "installed and accept the config (it is created once to check). Settings start at their\n"
      "defaults; change them with 'orderhub account set'.");
  options.add_positional("ID", 1, "account id: a-z, 0-9, '_' and '-', e.g. shop-eu");
  options.add()("plugin",
                boost::program_options::value<std::string>()->required()->value_name("PLUGIN"),
                "channel plugin id, or its short name (cscart)")(
      "config", boost::program_options::value<std::string>()->required()->value_name("JSON"),
      "plugin config as a JSON object, or @FILE to read it from a file");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ID") == 0) {
    return usage_error(context, "the account ID is missing");
  }
  const std::string id = (*values)["ID"].as<std::vector<std::string>>().front();
  auto config = read_config_argument((*values)["config"].as<std::string>());
  if (!config) {
    return command_failure(context, config.error().message);
  }

  const auto store = open_hub_store(context);
  const loader::PluginRegistry registry = scan_plugins(context);
  auto added = pipeline::add_account(*store, registry, id, (*values)["plugin"].as<std::string>(),
                                     *config, current_time());
  if (!added) {
    return command_failure(context, added.error().message);
  }
  context.out << "added account " << added->id.str() << " (" << added->plugin_id << ")\n";
  return kExitSuccess;
}

}  // namespace

Command account_add_command() {
  return Command{"add", "add a channel account for a channel plugin", &add_account};
}

}  // namespace orderhub::cli
