// Scanning a plugin directory and looking plugins up by id or short name.
#include "orderhub/loader/plugin_registry.h"

#include <algorithm>
#include <system_error>

#include <spdlog/spdlog.h>

#include "orderhub/logging/logging_setup.h"

namespace orderhub::loader {
namespace {

std::vector<std::filesystem::path> manifests_under(const std::filesystem::path& directory,
                                                   std::error_code& error) {
  std::vector<std::filesystem::path> manifests;
  std::error_code top_level_error;
  if (std::filesystem::exists(directory / "plugin.json", top_level_error)) {
    manifests.push_back(directory / "plugin.json");
  }
  std::vector<std::filesystem::path> subdirectories;
  for (std::filesystem::directory_iterator iterator(directory, error), end;
       !error && iterator != end; iterator.increment(error)) {
    std::error_code type_error;
    if (iterator->is_directory(type_error)) {
      subdirectories.push_back(iterator->path());
    }
  }
  std::sort(subdirectories.begin(), subdirectories.end());
  for (const std::filesystem::path& subdirectory : subdirectories) {
    std::error_code exists_error;
    if (std::filesystem::exists(subdirectory / "plugin.json", exists_error)) {
      manifests.push_back(subdirectory / "plugin.json");
    }
  }
  return manifests;
}

}  // namespace

PluginRegistry PluginRegistry::scan(const std::filesystem::path& directory,
                                    FailureLogging logging) {
  PluginRegistry registry;
  std::error_code error;
  if (!std::filesystem::is_directory(directory, error)) {
    registry.add_failure(PluginLoadFailure{directory, {"plugin directory does not exist"}});
  } else {
    const std::vector<std::filesystem::path> manifests = manifests_under(directory, error);
    if (error) {
      registry.add_failure(
          PluginLoadFailure{directory, {"plugin directory cannot be read: " + error.message()}});
    }
    for (const std::filesystem::path& manifest : manifests) {
      PluginLoadResult result = load_plugin_from_manifest(manifest);
      if (result.ok()) {
        registry.add(std::move(result.plugin));
      } else {
        registry.add_failure(std::move(*result.failure));
      }
    }
  }
  if (logging == FailureLogging::log_each) {
    const auto logger = orderhub::logging::host_logger();
    for (const PluginLoadFailure& failure : registry.failures()) {
      logger->warn("{}", failure.message());
    }
  }
  return registry;
}

void PluginRegistry::add(std::shared_ptr<const LoadedPlugin> plugin) {
  const auto existing = std::find_if(plugins_.begin(), plugins_.end(),
                                     [&](const auto& loaded) { return loaded->id == plugin->id; });
  if (existing != plugins_.end()) {
    failures_.push_back(
        PluginLoadFailure{plugin->library_path,
                          {"duplicate plugin id \"" + plugin->id + "\" (already loaded from " +
                           (*existing)->library_path.string() + ")"}});
    return;
  }
  plugins_.push_back(std::move(plugin));
}

void PluginRegistry::add_failure(PluginLoadFailure failure) {
  failures_.push_back(std::move(failure));
}

PluginLookup PluginRegistry::find(std::string_view id_or_short_name) const {
  for (const auto& plugin : plugins_) {
    if (plugin->id == id_or_short_name) {
      return PluginLookup{plugin, {}};
    }
  }
  std::vector<std::shared_ptr<const LoadedPlugin>> matches;
  for (const auto& plugin : plugins_) {
    if (plugin->short_name() == id_or_short_name) {
      matches.push_back(plugin);
    }
  }
  if (matches.size() == 1) {
    return PluginLookup{matches.front(), {}};
  }
  if (matches.empty()) {
    return PluginLookup{nullptr, "no plugin \"" + std::string(id_or_short_name) + "\""};
  }
  std::string candidates;
  for (const auto& match : matches) {
    candidates += (candidates.empty() ? "" : ", ") + match->id;
  }
  return PluginLookup{nullptr, "\"" + std::string(id_or_short_name) +
                                   "\" is ambiguous: " + candidates + "; use the full id"};
}

}  // namespace orderhub::loader
