// Reading the plugin configuration.
#include "plugin_config.h"

#include <orderhub/sdk/error.h>

#include <nlohmann/json.hpp>

#include "plugin_location.h"

namespace orderhub::invoices {

InvoicePluginConfig read_plugin_config(std::string_view config_json, LayoutsSetting layouts) {
  nlohmann::json config = nlohmann::json::object();
  if (config_json.find_first_not_of(" \t\r\n") != std::string_view::npos) {
    try {
      config = nlohmann::json::parse(config_json.begin(), config_json.end());
    } catch (const nlohmann::json::parse_error& error) {
      throw sdk::Error(sdk::Status::INVALID_ARGUMENT,
                       std::string("invoice plugin config is not JSON: ") + error.what());
    }
  }
  if (!config.is_object()) {
    throw sdk::Error(sdk::Status::INVALID_ARGUMENT, "invoice plugin config: expected an object");
  }
  const std::filesystem::path directory = plugin_directory();
  InvoicePluginConfig result{directory / "fonts", directory / "layouts"};
  for (const auto& item : config.items()) {
    const bool known = item.key() == "fonts_dir" ||
                       (item.key() == "layouts_dir" && layouts == LayoutsSetting::accepted);
    if (!known) {
      throw sdk::Error(sdk::Status::INVALID_ARGUMENT,
                       "invoice plugin config: unknown key \"" + item.key() + "\"");
    }
    if (!item.value().is_string() || item.value().get<std::string>().empty()) {
      throw sdk::Error(sdk::Status::INVALID_ARGUMENT,
                       "invoice plugin config: " + item.key() + ": expected a folder path");
    }
    (item.key() == "fonts_dir" ? result.fonts_directory : result.layouts_directory) =
        item.value().get<std::string>();
  }
  return result;
}

}  // namespace orderhub::invoices
