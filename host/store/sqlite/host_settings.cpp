// host_settings.cpp: the hub's own settings in SQLite.
#include <string>

#include "store/sqlite/repositories.h"

namespace orderhub::store::sqlite {

std::optional<std::string> SqliteHostSettings::get(std::string_view key) {
  Statement query = context_.reading().prepare("SELECT value FROM host_settings WHERE key = ?");
  query.bind(key);
  if (!query.step()) {
    return std::nullopt;
  }
  return query.text(0);
}

std::map<std::string, std::string> SqliteHostSettings::list() {
  Statement query = context_.reading().prepare("SELECT key, value FROM host_settings ORDER BY key");
  std::map<std::string, std::string> settings;
  while (query.step()) {
    settings.emplace(query.text(0), query.text(1));
  }
  return settings;
}

void SqliteHostSettings::put(std::string_view key, std::string_view value) {
  context_.writing("saving a host setting")
      .prepare(
          "INSERT INTO host_settings (key, value) VALUES (?, ?) "
          "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .bind(key, value)
      .run("saving host setting \"" + std::string(key) + "\"");
}

void SqliteHostSettings::remove(std::string_view key) {
  context_.writing("removing a host setting")
      .prepare("DELETE FROM host_settings WHERE key = ?")
      .bind(key)
      .run();
}

}  // namespace orderhub::store::sqlite
