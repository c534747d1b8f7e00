// key_values.cpp: plugin instances' durable key-value state in SQLite.
#include <string>

#include "store/sqlite/repositories.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {

std::optional<std::string> SqliteKeyValues::get(const domain::AccountId& account,
                                                std::string_view key) {
  Statement query =
      context_.reading().prepare("SELECT value FROM plugin_state WHERE account = ? AND key = ?");
  query.bind(account.str(), key);
  if (!query.step()) {
    return std::nullopt;
  }
  return query.blob(0);
}

void SqliteKeyValues::put(const domain::AccountId& account, std::string_view key,
                          std::string_view value) {
  Connection& connection = context_.writing("saving plugin state");
  require_known_account(connection, account, "saving plugin state");
  Statement upsert = connection.prepare(
      "INSERT INTO plugin_state (account, key, value) VALUES (?, ?, ?) "
      "ON CONFLICT (account, key) DO UPDATE SET value = excluded.value");
  upsert.bind(account.str(), key, Blob{value});
  upsert.run("saving plugin state \"" + std::string(key) + "\" of account \"" + account.str() +
             "\"");
}

void SqliteKeyValues::remove(const domain::AccountId& account, std::string_view key) {
  context_.writing("removing plugin state")
      .prepare("DELETE FROM plugin_state WHERE account = ? AND key = ?")
      .bind(account.str(), key)
      .run();
}

}  // namespace orderhub::store::sqlite
