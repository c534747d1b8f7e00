// The two kinds of plugin and the ABI version a plugin speaks, as host-side value types.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::loader {

enum class PluginKind { channel, invoice };

// "channel" or "invoice", as in plugin.json.
std::string_view kind_name(PluginKind kind);
std::optional<PluginKind> parse_kind(std::string_view name);

struct AbiVersion {
  std::uint16_t major = 0;
  std::uint16_t minor = 0;

  friend bool operator==(const AbiVersion&, const AbiVersion&) = default;
  // "1.0"
  std::string to_string() const;
};

// Plugin ids are reverse-DNS names of [a-z0-9._-], e.g. "org.orderhub.channel.cscart".
bool is_valid_plugin_id(std::string_view id);

// The last dot-separated segment of an id: "cscart" for "org.orderhub.channel.cscart".
std::string_view short_name_of(std::string_view id);

}  // namespace orderhub::loader
