// "orderhub plugins check PATH": loads one plugin and exercises its descriptor and create() with
// an empty config, reporting every contract violation on its own line. For plugin authors.
#include <ostream>

#include "orderhub/cli/command_options.h"
#include "orderhub/loader/plugin_instance.h"
#include "orderhub/loader/plugin_loader.h"
#include "plugins_commands.h"

namespace orderhub::cli {
namespace {

int check_plugin(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("PATH",
                         "Loads one plugin, checks it against the plugin ABI and its plugin.json, "
                         "and calls create() and destroy() with an empty config.\n"
                         "Exit status: 0 when no problem was found, 1 otherwise.");
  options.add_positional("PATH", 1, "the plugin's directory, its plugin.json or its library");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("PATH") == 0) {
    return usage_error(context, "PATH is required");
  }
  const std::filesystem::path path = (*values)["PATH"].as<std::vector<std::string>>().front();

  const loader::PluginLoadResult loaded = loader::load_plugin(path);
  if (!loaded.ok()) {
    for (const std::string& line : loaded.failure->lines()) {
      context.err << line << "\n";
    }
    return kExitFailure;
  }
  const auto& plugin = loaded.plugin;

  auto host = std::make_unique<services::InstanceHost>(
      services::HostEnvironment{}, services::InstanceIdentity{plugin->id, "plugins-check", {}});
  loader::CreateResult created = loader::PluginInstance::create(plugin, std::move(host), "{}");
  if (created.result.contract_violation) {
    context.err << "plugin " << plugin->library_path.string() << ": " << created.result.message
                << "\n";
    return kExitFailure;
  }
  if (!created.result.ok()) {
    // Refusing an empty config is fine, as long as the plugin says why.
    context.out << "create with an empty config: " << services::status_name(created.result.status)
                << ": " << created.result.message << "\n";
  }
  created.instance.reset();
  context.out << "ok: " << plugin->id << " " << plugin->version << "\n";
  return kExitSuccess;
}

}  // namespace

Command plugins_check_command() {
  return Command{"check", "check one plugin against the plugin ABI", &check_plugin};
}

}  // namespace orderhub::cli
