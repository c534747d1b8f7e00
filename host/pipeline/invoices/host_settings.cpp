// host_settings.cpp: checking, storing and reading the hub's own settings.
#include "pipeline/invoices/host_settings.h"

#include "orderhub/loader/plugin_kind.h"

namespace orderhub::pipeline {
namespace {

constexpr HostSettingDefinition kDefinitions[] = {
    {"invoice.plugin", "the invoice plugin of accounts that choose none (empty: Standard)"},
    {"invoice.template", "the invoice template of accounts that choose none (empty: the plugin's)"},
    {"seller.name", "the seller's name on invoices"},
    {"seller.address.line1", "the seller's address, first line"},
    {"seller.address.line2", "the seller's address, second line"},
    {"seller.address.city", "the seller's city"},
    {"seller.address.state", "the seller's state or region"},
    {"seller.address.postal_code", "the seller's postal code"},
    {"seller.address.country", "the seller's country (ISO 3166-1 alpha-2, e.g. US)"},
    {"seller.vat_id", "the seller's VAT or tax id"},
    {"seller.email", "the seller's e-mail address"},
    {"seller.phone", "the seller's phone number"},
};

const HostSettingDefinition* definition_of(std::string_view key) {
  for (const HostSettingDefinition& definition : kDefinitions) {
    if (definition.key == key) {
      return &definition;
    }
  }
  return nullptr;
}

std::string known_keys() {
  std::string keys;
  for (const HostSettingDefinition& definition : kDefinitions) {
    keys += (keys.empty() ? "" : ", ") + std::string(definition.key);
  }
  return keys;
}

domain::Result<std::string> checked_text(std::string_view value) {
  for (char character : value) {
    if (static_cast<unsigned char>(character) < 0x20) {
      return domain::Error{domain::quoted(value) + " contains a control character"};
    }
  }
  return std::string(value);
}

domain::Result<std::string> checked_invoice_plugin(const loader::PluginRegistry& registry,
                                                   std::string_view value) {
  const loader::PluginLookup lookup = registry.find(value);
  if (!lookup) {
    return domain::Error{lookup.error};
  }
  if (lookup.plugin->kind != loader::PluginKind::invoice) {
    return domain::Error{"plugin " + lookup.plugin->id + " is a " +
                         std::string(loader::kind_name(lookup.plugin->kind)) +
                         " plugin, not an invoice plugin"};
  }
  return lookup.plugin->id;
}

domain::Result<std::string> checked_country(std::string_view value) {
  const bool alpha_2 =
      value.size() == 2 && value[0] >= 'A' && value[0] <= 'Z' && value[1] >= 'A' && value[1] <= 'Z';
  if (!alpha_2) {
    return domain::Error{domain::quoted(value) +
                         " is not an ISO 3166-1 alpha-2 country code like US"};
  }
  return std::string(value);
}

}  // namespace

std::span<const HostSettingDefinition> host_setting_definitions() {
  return kDefinitions;
}

domain::Result<std::string> normalize_host_setting(const loader::PluginRegistry& registry,
                                                   std::string_view key, std::string_view value) {
  if (definition_of(key) == nullptr) {
    return domain::Error{"unknown host setting " + domain::quoted(key) +
                         " (known: " + known_keys() + ")"};
  }
  domain::Result<std::string> checked = checked_text(value);
  if (checked && !value.empty()) {
    if (key == "invoice.plugin") {
      checked = checked_invoice_plugin(registry, value);
    } else if (key == "seller.address.country") {
      checked = checked_country(value);
    }
  }
  if (!checked) {
    return checked.error().within(key);
  }
  return checked;
}

domain::Result<HostSettingChange> parse_host_setting_change(std::string_view text) {
  const std::size_t equals = text.find('=');
  if (equals == std::string_view::npos || equals == 0) {
    return domain::Error{domain::quoted(text) + " is not key=value"};
  }
  return HostSettingChange{std::string(text.substr(0, equals)),
                           std::string(text.substr(equals + 1))};
}

domain::Result<std::map<std::string, std::string>> set_host_settings(
    store::Store& store, const loader::PluginRegistry& registry,
    const std::vector<HostSettingChange>& changes) {
  std::vector<HostSettingChange> normalized;
  for (const HostSettingChange& change : changes) {
    domain::Result<std::string> value = normalize_host_setting(registry, change.key, change.value);
    if (!value) {
      return value.error();
    }
    normalized.push_back({change.key, *value});
  }
  return store::in_write_transaction(store, [&](store::Transaction& transaction) {
    for (const HostSettingChange& change : normalized) {
      if (change.value.empty()) {
        transaction.host_settings().remove(change.key);
      } else {
        transaction.host_settings().put(change.key, change.value);
      }
    }
    return effective_host_settings(transaction);
  });
}

std::map<std::string, std::string> effective_host_settings(store::Transaction& transaction) {
  std::map<std::string, std::string> settings;
  for (const HostSettingDefinition& definition : kDefinitions) {
    settings[std::string(definition.key)] = "";
  }
  for (auto& [key, value] : transaction.host_settings().list()) {
    if (definition_of(key) != nullptr) {
      settings[key] = value;
    }
  }
  return settings;
}

nlohmann::json seller_block(const std::map<std::string, std::string>& settings) {
  nlohmann::json seller = nlohmann::json::object();
  nlohmann::json address = nlohmann::json::object();
  constexpr std::string_view kAddressPrefix = "seller.address.";
  constexpr std::string_view kSellerPrefix = "seller.";
  for (const auto& [key, value] : settings) {
    if (value.empty()) {
      continue;
    }
    if (key.starts_with(kAddressPrefix)) {
      address[key.substr(kAddressPrefix.size())] = value;
    } else if (key.starts_with(kSellerPrefix)) {
      seller[key.substr(kSellerPrefix.size())] = value;
    }
  }
  if (!address.empty()) {
    seller["address"] = std::move(address);
  }
  return seller;
}

}  // namespace orderhub::pipeline
