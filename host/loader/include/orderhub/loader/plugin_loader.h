// Loading one plugin: read its plugin.json, load its library with Boost.DLL (never unloaded), find
// orderhub_plugin_entry_v1 and check the entry, descriptor and interface against the ABI and the
// manifest. Every problem becomes a reason in a PluginLoadFailure naming the file; nothing throws.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "orderhub/loader/loaded_plugin.h"

namespace orderhub::loader {

struct PluginLoadFailure {
  // The file at fault: the plugin.json for manifest problems, else the library.
  std::filesystem::path path;
  // One sentence each, e.g. "no entry symbol orderhub_plugin_entry_v1 (not an orderhub plugin?)".
  std::vector<std::string> reasons;

  // "plugin <path>: <reason>; <reason>": the one line a log or a listing shows.
  std::string message() const;
  // "plugin <path>: <reason>" per reason, for a report of every problem.
  std::vector<std::string> lines() const;
};

struct PluginLoadResult {
  // Set when the plugin loaded and passed every check.
  std::shared_ptr<const LoadedPlugin> plugin;
  // Set otherwise.
  std::optional<PluginLoadFailure> failure;

  bool ok() const { return plugin != nullptr; }
};

// path is a plugin's directory (holding plugin.json), its plugin.json, or its library (with the
// plugin.json beside it naming that library).
PluginLoadResult load_plugin(const std::filesystem::path& path);

// Loads the plugin described by the plugin.json at manifest_path.
PluginLoadResult load_plugin_from_manifest(const std::filesystem::path& manifest_path);

}  // namespace orderhub::loader
