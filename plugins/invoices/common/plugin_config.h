// The configuration both invoice plugins accept (orderhub passes it to create()):
//   { "fonts_dir": "/path" }   optional: the prepared fonts folder, default <plugin dir>/fonts
//   { "layouts_dir": "/path" } optional, Channel Specific only: default <plugin dir>/layouts
// Any other key is refused by name.
#ifndef ORDERHUB_INVOICES_PLUGIN_CONFIG_H
#define ORDERHUB_INVOICES_PLUGIN_CONFIG_H

#include <filesystem>
#include <string_view>

namespace orderhub::invoices {

enum class LayoutsSetting { accepted, refused };

struct InvoicePluginConfig {
  std::filesystem::path fonts_directory;
  std::filesystem::path layouts_directory;
};

// Throws sdk::Error(INVALID_ARGUMENT) naming the key that is unknown or not a string.
InvoicePluginConfig read_plugin_config(std::string_view config_json, LayoutsSetting layouts);

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_PLUGIN_CONFIG_H
