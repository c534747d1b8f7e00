// host_settings.h: the hub's own settings, shared by every account, typed, with their defaults and
// validation. Only keys that were set are stored (host_settings table); every other key has its
// default. Unknown keys and bad values are refused naming the key and the value.
//
//   invoice.plugin             plugin id ""  the invoice plugin of accounts that choose none
//                                            (empty: org.orderhub.invoice.standard)
//   invoice.template           path      ""  the template of accounts that choose none (empty:
//                                            the plugin's own default)
//   seller.name                text      ""  the seller block printed on every invoice
//   seller.address.line1 / line2 / city / state / postal_code / country (ISO 3166-1 alpha-2)
//   seller.vat_id / seller.email / seller.phone
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/result.h"
#include "orderhub/loader/plugin_registry.h"
#include "store/store.h"

namespace orderhub::pipeline {

struct HostSettingDefinition {
  std::string_view key;
  std::string_view description;
};

// Every key, in the order above.
std::span<const HostSettingDefinition> host_setting_definitions();

// The value in canonical form, or an error such as `seller.address.country: "usa" is not an ISO
// 3166-1 alpha-2 country code like US` or `unknown host setting "seller.foo" (known: ...)`.
// invoice.plugin is checked against registry: it must name an installed invoice plugin (its id or
// short name; the full id is stored).
domain::Result<std::string> normalize_host_setting(const loader::PluginRegistry& registry,
                                                   std::string_view key, std::string_view value);

struct HostSettingChange {
  std::string key;
  std::string value;  // empty: back to the default
};

// "key=value" split at the first '='.
domain::Result<HostSettingChange> parse_host_setting_change(std::string_view text);

// Applies every change at once, or none. Returns every key with its effective value.
domain::Result<std::map<std::string, std::string>> set_host_settings(
    store::Store& store, const loader::PluginRegistry& registry,
    const std::vector<HostSettingChange>& changes);

// Every key with its effective value (stored, else the default, which is empty for all).
std::map<std::string, std::string> effective_host_settings(store::Transaction& transaction);

// The "seller" block of orderhub.render_request/1 from the seller.* settings: only the parts
// that are set.
nlohmann::json seller_block(const std::map<std::string, std::string>& settings);

}  // namespace orderhub::pipeline
