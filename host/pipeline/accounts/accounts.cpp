// accounts.cpp: adding and changing accounts, all-or-nothing, and their masked JSON view.
#include "pipeline/accounts/accounts.h"

#include <algorithm>
#include <cctype>

#include "orderhub/logging/secret_keys.h"
#include "pipeline/accounts/account_settings.h"
#include "pipeline/channels/channel_session.h"

namespace orderhub::pipeline {
namespace {

constexpr std::string_view kConfigPrefix = "config.";

std::string lowercase(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(), [](unsigned char character) {
    return static_cast<char>(std::tolower(character));
  });
  return result;
}

bool is_credential_name(std::string_view name) {
  const std::string lower = lowercase(name);
  for (std::string_view part : {"key", "secret", "password", "token"}) {
    if (lower.find(part) != std::string::npos) {
      return true;
    }
  }
  return logging::is_secret_key_name(name);
}

void mask_in_place(nlohmann::json& value) {
  if (value.is_object()) {
    for (auto& [key, member] : value.items()) {
      if (is_credential_name(key)) {
        member = "***";
      } else {
        mask_in_place(member);
      }
    }
  } else if (value.is_array()) {
    for (nlohmann::json& item : value) {
      mask_in_place(item);
    }
  }
}

// The config as a JSON object. The parser's message is not passed on: it quotes the input, which
// holds credentials.
domain::Result<nlohmann::json> parse_config(std::string_view config_json) {
  nlohmann::json config;
  try {
    config = nlohmann::json::parse(config_json);
  } catch (const nlohmann::json::parse_error& error) {
    return domain::Error{"config is not valid JSON (error at byte " + std::to_string(error.byte) +
                         ")"};
  }
  if (!config.is_object()) {
    return domain::Error{"config must be a JSON object, not " + std::string(config.type_name())};
  }
  return config;
}

// config.<key>=text: keeps a string a string; otherwise JSON scalars and structures are read as
// JSON (timeout_ms=5000 is a number), anything else is a string.
nlohmann::json config_value(const nlohmann::json& config, const std::string& key,
                            const std::string& text) {
  if (config.contains(key) && config[key].is_string()) {
    return text;
  }
  nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
  if (parsed.is_discarded() || parsed.is_string()) {
    return text;
  }
  return parsed;
}

std::optional<std::string> text_of(const std::optional<domain::Timestamp>& time) {
  if (!time) {
    return std::nullopt;
  }
  return domain::format_timestamp(*time);
}

nlohmann::ordered_json optional_json(const std::optional<std::string>& text) {
  return text ? nlohmann::ordered_json(*text) : nlohmann::ordered_json(nullptr);
}

}  // namespace

domain::Result<domain::Account> find_account(store::Transaction& transaction,
                                             std::string_view account_id) {
  auto id = domain::AccountId::parse(account_id);
  if (!id) {
    return id.error();
  }
  std::optional<domain::Account> account = transaction.accounts().find(*id);
  if (!account) {
    return domain::Error{"unknown account " + domain::quoted(account_id)};
  }
  return std::move(*account);
}

domain::Result<domain::Account> add_account(store::Store& store,
                                            const loader::PluginRegistry& registry,
                                            std::string_view account_id, std::string_view plugin,
                                            std::string_view config_json, domain::Timestamp now) {
  auto id = domain::AccountId::parse(account_id);
  if (!id) {
    return id.error();
  }
  auto channel_plugin = find_channel_plugin(registry, plugin);
  if (!channel_plugin) {
    return channel_plugin.error();
  }
  auto config = parse_config(config_json);
  if (!config) {
    return config.error();
  }
  auto checked = create_detached_instance(*channel_plugin, config_json);
  if (!checked) {
    return checked.error();
  }

  domain::Account account;
  account.id = *id;
  account.plugin_id = (*channel_plugin)->id;
  account.config_json = config->dump();
  account.created_at = now;
  return store::in_write_transaction(
      store, [&](store::Transaction& transaction) -> domain::Result<domain::Account> {
        if (transaction.accounts().find(account.id)) {
          return domain::Error{"account " + domain::quoted(account.id.str()) + " already exists"};
        }
        transaction.accounts().add(account);
        return account;
      });
}

domain::Result<AccountChange> parse_account_change(std::string_view text) {
  const std::size_t equals = text.find('=');
  if (equals == std::string_view::npos || equals == 0) {
    return domain::Error{domain::quoted(text) + " is not key=value"};
  }
  return AccountChange{std::string(text.substr(0, equals)), std::string(text.substr(equals + 1))};
}

domain::Result<domain::Account> set_account(store::Store& store,
                                            const loader::PluginRegistry& registry,
                                            std::string_view account_id,
                                            const std::vector<AccountChange>& changes) {
  // Read, validate and write in one write transaction, so a concurrent change cannot slip
  // between the check and the write. The plugin's create() runs inside it; it makes no requests.
  return store::in_write_transaction(
      store, [&](store::Transaction& transaction) -> domain::Result<domain::Account> {
        auto found = find_account(transaction, account_id);
        if (!found) {
          return found.error();
        }
        domain::Account account = std::move(found).value();
        auto parsed_config = parse_config(account.config_json);
        if (!parsed_config) {
          return parsed_config.error().within("stored config of account " +
                                              domain::quoted(account_id));
        }
        nlohmann::json config = std::move(parsed_config).value();
        bool config_changed = false;
        std::map<std::string, std::string> settings = account.settings;

        for (const AccountChange& change : changes) {
          if (change.key.starts_with(kConfigPrefix)) {
            const std::string key = change.key.substr(kConfigPrefix.size());
            if (key.empty()) {
              return domain::Error{"config.: the config key is missing"};
            }
            config[key] = config_value(config, key, change.value);
            config_changed = true;
            continue;
          }
          auto normalized = normalize_setting(change.key, change.value);
          if (!normalized) {
            return normalized.error();
          }
          if (change.key == "invoice.plugin" && !normalized->empty()) {
            loader::PluginLookup lookup = registry.find(*normalized);
            if (!lookup) {
              return domain::Error{"invoice.plugin: " + lookup.error};
            }
            if (lookup.plugin->kind != loader::PluginKind::invoice) {
              return domain::Error{"invoice.plugin: plugin " + lookup.plugin->id +
                                   " is not an invoice plugin"};
            }
            normalized = lookup.plugin->id;
          }
          settings[change.key] = *normalized;
        }

        if (config_changed) {
          auto plugin = find_channel_plugin(registry, account.plugin_id);
          if (!plugin) {
            return plugin.error().within("account " + domain::quoted(account_id));
          }
          const std::string config_json = config.dump();
          auto checked = create_detached_instance(*plugin, config_json);
          if (!checked) {
            return checked.error();
          }
          account.config_json = config_json;
          transaction.accounts().replace_config(account.id, account.config_json);
        }
        if (settings != account.settings) {
          account.settings = settings;
          transaction.accounts().replace_settings(account.id, account.settings);
        }
        return account;
      });
}

nlohmann::json masked_config(const nlohmann::json& config) {
  nlohmann::json masked = config;
  mask_in_place(masked);
  return masked;
}

nlohmann::ordered_json account_to_json(const domain::Account& account,
                                       const std::optional<domain::DownloadCursor>& cursor) {
  nlohmann::json config = nlohmann::json::parse(account.config_json, nullptr, false);
  if (config.is_discarded()) {
    config = nlohmann::json::object();
  }
  nlohmann::ordered_json settings = nlohmann::ordered_json::object();
  for (const auto& [key, value] : effective_settings(account.settings)) {
    settings[key] = value;
  }
  nlohmann::ordered_json download = nlohmann::ordered_json::object();
  download["watermark"] = optional_json(cursor ? text_of(cursor->watermark) : std::nullopt);
  download["run_since"] = optional_json(cursor ? text_of(cursor->run_since) : std::nullopt);
  download["resuming"] = cursor && cursor->page_token.has_value();
  download["last_run_at"] = optional_json(cursor ? text_of(cursor->last_run_at) : std::nullopt);
  download["last_success_at"] =
      optional_json(cursor ? text_of(cursor->last_success_at) : std::nullopt);
  download["last_error"] = cursor ? cursor->last_error : std::string();

  nlohmann::ordered_json view = nlohmann::ordered_json::object();
  view["id"] = account.id.str();
  view["plugin"] = account.plugin_id;
  view["created_at"] = domain::format_timestamp(account.created_at);
  view["config"] = masked_config(config);
  view["settings"] = std::move(settings);
  view["download"] = std::move(download);
  return view;
}

}  // namespace orderhub::pipeline
