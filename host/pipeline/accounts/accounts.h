// accounts.h: channel accounts: adding one (its plugin must be an installed channel plugin that
// accepts the config), changing its settings or config, and showing them with every credential
// masked. Nothing is written unless every part of the request is valid.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/account.h"
#include "domain/download_cursor.h"
#include "domain/result.h"
#include "orderhub/loader/plugin_registry.h"
#include "store/store.h"

namespace orderhub::pipeline {

// The account with this id; `unknown account "x"` when there is none, or the id's own error when
// it is not a valid account id.
domain::Result<domain::Account> find_account(store::Transaction& transaction,
                                             std::string_view account_id);

// Adds an account for the channel plugin named plugin (its id, or its short name "cscart"; the
// full id is stored). Refused, writing nothing: an invalid or taken id, a plugin that is not
// installed or not a channel plugin, a config that is not a JSON object, and a config the
// plugin's create() refuses (its own message is given, e.g. `plugin org.orderhub.channel.cscart
// refused the config: config: "base_url" is missing`). Settings start empty (all defaults).
domain::Result<domain::Account> add_account(store::Store& store,
                                            const loader::PluginRegistry& registry,
                                            std::string_view account_id, std::string_view plugin,
                                            std::string_view config_json, domain::Timestamp now);

// One "key=value" of `account set`: a setting key (account_settings.h), or "config.<key>" for one
// key of the plugin's config.
struct AccountChange {
  std::string key;
  std::string value;
};

// Splits "key=value" at the first '='; an empty key or a missing '=' is an error.
domain::Result<AccountChange> parse_account_change(std::string_view text);

// Applies every change at once, or none. Settings are validated (account_settings.h) and stored
// in canonical form; invoice.plugin must name an installed invoice plugin. config.<key> changes
// one key of the config: the value is kept a string when the key held a string, else read as JSON
// when it is a JSON number, boolean, object, array or null, else taken as a string. The resulting
// config must be accepted by the plugin's create(). Returns the account as stored.
domain::Result<domain::Account> set_account(store::Store& store,
                                            const loader::PluginRegistry& registry,
                                            std::string_view account_id,
                                            const std::vector<AccountChange>& changes);

// A copy of config with every value under a key whose name contains "key", "secret", "password"
// or "token" (any case, at any depth), or is otherwise a secret name, replaced by "***".
nlohmann::json masked_config(const nlohmann::json& config);

// An account for showing: {"id", "plugin", "created_at", "config" (masked), "settings" (every key,
// effective value), "download": {"watermark", "run_since", "resuming", "last_run_at",
// "last_success_at", "last_error"}}. No credential ever appears in it.
nlohmann::ordered_json account_to_json(const domain::Account& account,
                                       const std::optional<domain::DownloadCursor>& cursor);

}  // namespace orderhub::pipeline
