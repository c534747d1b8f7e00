// The plugins found in a plugin directory: those that loaded, and one failure per plugin that did
// not (a broken plugin never stops the others).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "orderhub/loader/loaded_plugin.h"
#include "orderhub/loader/plugin_loader.h"

namespace orderhub::loader {

// Whether scan() logs each failure (at warn) as it meets it. Commands that print the failures
// themselves ask for silence so that no line appears twice.
enum class FailureLogging { log_each, silent };

struct PluginLookup {
  // Set when exactly one plugin matched.
  std::shared_ptr<const LoadedPlugin> plugin;
  // Otherwise why not, e.g. `no plugin "x"` or `"cscart" is ambiguous: a.cscart, b.cscart`.
  std::string error;

  explicit operator bool() const { return plugin != nullptr; }
};

class PluginRegistry {
 public:
  // Loads every plugin under directory: a plugin.json directly in it, and one in each immediate
  // subdirectory (in name order). A missing directory is a failure, not an exception.
  static PluginRegistry scan(const std::filesystem::path& directory,
                             FailureLogging logging = FailureLogging::log_each);

  // Adds a plugin, or records a failure if its id is already taken.
  void add(std::shared_ptr<const LoadedPlugin> plugin);
  void add_failure(PluginLoadFailure failure);

  const std::vector<std::shared_ptr<const LoadedPlugin>>& plugins() const { return plugins_; }
  const std::vector<PluginLoadFailure>& failures() const { return failures_; }

  // By exact id, else by the last dot-separated segment of the id when exactly one plugin has it
  // ("cscart" finds "org.orderhub.channel.cscart").
  PluginLookup find(std::string_view id_or_short_name) const;

 private:
  std::vector<std::shared_ptr<const LoadedPlugin>> plugins_;
  std::vector<PluginLoadFailure> failures_;
};

}  // namespace orderhub::loader
