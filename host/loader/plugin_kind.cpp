// Names of kinds, ABI versions, and the plugin id alphabet.
#include "orderhub/loader/plugin_kind.h"

#include <algorithm>

namespace orderhub::loader {

std::string_view kind_name(PluginKind kind) {
  return kind == PluginKind::channel ? "channel" : "invoice";
}

std::optional<PluginKind> parse_kind(std::string_view name) {
  if (name == "channel") {
    return PluginKind::channel;
  }
  if (name == "invoice") {
    return PluginKind::invoice;
  }
  return std::nullopt;
}

std::string AbiVersion::to_string() const {
  return std::to_string(major) + "." + std::to_string(minor);
}

bool is_valid_plugin_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char character) {
    return (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9') ||
           character == '.' || character == '_' || character == '-';
  });
}

std::string_view short_name_of(std::string_view id) {
  const std::size_t last_dot = id.rfind('.');
  return last_dot == std::string_view::npos ? id : id.substr(last_dot + 1);
}

}  // namespace orderhub::loader
