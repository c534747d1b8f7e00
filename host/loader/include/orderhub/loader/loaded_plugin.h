// A plugin whose library is loaded and whose entry, descriptor and interface passed every check.
// Immutable once built; shared by the registry and every instance created from it.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <orderhub/abi/plugin.h>

#include "orderhub/loader/plugin_kind.h"

namespace orderhub::loader {

struct LoadedPlugin {
  std::string id;
  std::string name;
  std::string vendor;
  std::string version;
  std::string description;
  PluginKind kind = PluginKind::channel;
  // The ABI version the library was built against (from its entry).
  AbiVersion abi;
  std::vector<std::string> capabilities;
  std::filesystem::path library_path;
  std::filesystem::path manifest_path;

  // The plugin's tables, copied by the ABI rules (min(struct_size, sizeof) into zeroed structs).
  // Their pointers lead into the library, which stays loaded for the life of the process.
  orderhub_plugin_descriptor descriptor{};
  // Zeroed unless kind is channel.
  orderhub_channel_interface channel{};
  // Zeroed unless kind is invoice.
  orderhub_invoice_interface invoice{};

  bool has_capability(std::string_view capability) const;
  // "cscart" for "org.orderhub.channel.cscart".
  std::string_view short_name() const { return short_name_of(id); }
};

}  // namespace orderhub::loader
