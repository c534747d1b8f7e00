// "orderhub plugins list [--json]": every plugin in the plugin directory as a table or JSON array.
// Plugins that fail to load are reported on stderr, one line each, and the listing goes on.
#include <algorithm>
#include <iomanip>
#include <ostream>

#include <nlohmann/json.hpp>

#include "orderhub/cli/command_options.h"
#include "orderhub/loader/plugin_registry.h"
#include "plugins_commands.h"

namespace orderhub::cli {
namespace {

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const std::string& item : items) {
    text += (text.empty() ? "" : std::string(separator)) + item;
  }
  return text;
}

void print_json(std::ostream& out, const loader::PluginRegistry& registry) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& plugin : registry.plugins()) {
    list.push_back({{"id", plugin->id},
                    {"name", plugin->name},
                    {"vendor", plugin->vendor},
                    {"version", plugin->version},
                    {"kind", std::string(loader::kind_name(plugin->kind))},
                    {"abi", plugin->abi.to_string()},
                    {"capabilities", plugin->capabilities},
                    {"path", plugin->library_path.string()}});
  }
  out << list.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

void print_table(std::ostream& out, const loader::PluginRegistry& registry) {
  std::vector<std::vector<std::string>> rows = {
      {"ID", "KIND", "VERSION", "ABI", "CAPABILITIES", "PATH"}};
  for (const auto& plugin : registry.plugins()) {
    rows.push_back({plugin->id, std::string(loader::kind_name(plugin->kind)), plugin->version,
                    plugin->abi.to_string(), joined(plugin->capabilities, ","),
                    plugin->library_path.string()});
  }
  std::vector<std::size_t> widths(rows.front().size(), 0);
  for (const auto& row : rows) {
    for (std::size_t column = 0; column < row.size(); ++column) {
      widths[column] = std::max(widths[column], row[column].size());
    }
  }
  for (const auto& row : rows) {
    for (std::size_t column = 0; column < row.size(); ++column) {
      const bool last = column + 1 == row.size();
      out << (last ? row[column]
                   : row[column] + std::string(widths[column] - row[column].size() + 2, ' '));
    }
    out << "\n";
  }
}

int list_plugins(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options("[--json]", "Lists the plugins in the plugin directory.");
  options.add()("json", "print a JSON array instead of a table");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }

  const loader::PluginRegistry registry = loader::PluginRegistry::scan(
      context.options.plugin_directory, loader::FailureLogging::silent);
  for (const auto& failure : registry.failures()) {
    context.err << failure.message() << "\n";
  }
  if (values->count("json") != 0) {
    print_json(context.out, registry);
  } else if (registry.plugins().empty()) {
    context.out << "no plugins in " << context.options.plugin_directory.string() << "\n";
  } else {
    print_table(context.out, registry);
  }
  return kExitSuccess;
}

}  // namespace

Command plugins_list_command() {
  return Command{"list", "list the plugins in the plugin directory", &list_plugins};
}

}  // namespace orderhub::cli
