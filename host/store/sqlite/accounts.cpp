// accounts.cpp: channel accounts and their settings in SQLite.
#include <string>

#include "store/sqlite/repositories.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {
namespace {

std::string quoted(const domain::AccountId& id) {
  return domain::quoted(id.str());
}

void write_settings(Connection& connection, const domain::AccountId& id,
                    const std::map<std::string, std::string>& settings) {
  connection.prepare("DELETE FROM account_settings WHERE account = ?").bind(id.str()).run();
  for (const auto& [key, value] : settings) {
    connection.prepare("INSERT INTO account_settings (account, key, value) VALUES (?, ?, ?)")
        .bind(id.str(), key, value)
        .run();
  }
}

std::map<std::string, std::string> read_settings(Connection& connection,
                                                 const domain::AccountId& id) {
  Statement query = connection.prepare("SELECT key, value FROM account_settings WHERE account = ?");
  query.bind(id.str());
  std::map<std::string, std::string> settings;
  while (query.step()) {
    settings.emplace(query.text(0), query.text(1));
  }
  return settings;
}

void require_found(Connection& connection, const domain::AccountId& id, std::string_view doing) {
  if (connection.changes() == 0) {
    throw StoreError(StoreError::Kind::not_found, std::string(doing) + " of account " + quoted(id) +
                                                      ": there is no such account");
  }
}

std::vector<domain::Account> read_accounts(Connection& connection, Statement& query) {
  std::vector<domain::Account> accounts;
  while (query.step()) {
    domain::Account account;
    account.id = read_account_id(query, 0);
    account.plugin_id = query.text(1);
    account.config_json = query.text(2);
    account.created_at = query.timestamp(3);
    accounts.push_back(std::move(account));
  }
  for (domain::Account& account : accounts) {
    account.settings = read_settings(connection, account.id);
  }
  return accounts;
}

}  // namespace

void SqliteAccounts::add(const domain::Account& account) {
  Connection& connection = context_.writing("adding an account");
  require_account_id(account.id, "adding an account");
  if (find(account.id)) {
    throw StoreError(StoreError::Kind::conflict,
                     "adding account " + quoted(account.id) + ": an account with this id exists");
  }
  connection
      .prepare("INSERT INTO accounts (id, plugin_id, config_json, created_at) VALUES (?, ?, ?, ?)")
      .bind(account.id.str(), account.plugin_id, account.config_json, account.created_at)
      .run();
  write_settings(connection, account.id, account.settings);
}

std::optional<domain::Account> SqliteAccounts::find(const domain::AccountId& id) {
  Connection& connection = context_.reading();
  Statement query = connection.prepare(
      "SELECT id, plugin_id, config_json, created_at FROM accounts WHERE id = ?");
  query.bind(id.str());
  std::vector<domain::Account> accounts = read_accounts(connection, query);
  if (accounts.empty()) {
    return std::nullopt;
  }
  return std::move(accounts.front());
}

std::vector<domain::Account> SqliteAccounts::list() {
  Connection& connection = context_.reading();
  Statement query =
      connection.prepare("SELECT id, plugin_id, config_json, created_at FROM accounts ORDER BY id");
  return read_accounts(connection, query);
}

void SqliteAccounts::replace_settings(const domain::AccountId& id,
                                      const std::map<std::string, std::string>& settings) {
  Connection& connection = context_.writing("changing account settings");
  // A no-op update that tells whether the account exists before its settings are touched.
  connection.prepare("UPDATE accounts SET id = id WHERE id = ?").bind(id.str()).run();
  require_found(connection, id, "changing the settings");
  write_settings(connection, id, settings);
}

void SqliteAccounts::replace_config(const domain::AccountId& id, std::string_view config_json) {
  Connection& connection = context_.writing("changing an account's configuration");
  connection.prepare("UPDATE accounts SET config_json = ? WHERE id = ?")
      .bind(config_json, id.str())
      .run();
  require_found(connection, id, "changing the configuration");
}

}  // namespace orderhub::store::sqlite
