// mappings.cpp: shipping method mappings in SQLite.
#include <string>

#include "store/sqlite/repositories.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {
namespace {

constexpr std::string_view kSelectMappings =
    "SELECT account, channel_method, carrier, service, rush, code_to_send, service_code "
    "FROM shipping_mappings ";

domain::ShippingMapping read_mapping(const Statement& query) {
  return domain::ShippingMapping{
      .account = read_account_id(query, 0),
      .channel_method = query.text(1),
      .carrier = query.text(2),
      .service = query.text(3),
      .rush = query.boolean(4),
      .code_to_send = query.text(5),
      .service_code = query.text(6),
  };
}

}  // namespace

void SqliteMappings::put(const domain::ShippingMapping& mapping) {
  Connection& connection = context_.writing("saving a shipping mapping");
  require_known_account(connection, mapping.account, "saving a shipping mapping");
  Statement upsert = connection.prepare(
      "INSERT INTO shipping_mappings "
      "(account, channel_method, carrier, service, rush, code_to_send, service_code) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (account, channel_method) DO UPDATE SET carrier = excluded.carrier, "
      "service = excluded.service, rush = excluded.rush, code_to_send = excluded.code_to_send, "
      "service_code = excluded.service_code");
  upsert.bind(mapping.account.str(), mapping.channel_method, mapping.carrier, mapping.service,
              mapping.rush, mapping.code_to_send, mapping.service_code);
  upsert.run("saving the mapping of \"" + mapping.channel_method + "\" for account \"" +
             mapping.account.str() + "\"");
}

std::optional<domain::ShippingMapping> SqliteMappings::find(const domain::AccountId& account,
                                                            std::string_view channel_method) {
  Statement query = context_.reading().prepare(std::string(kSelectMappings) +
                                               "WHERE account = ? AND channel_method = ?");
  query.bind(account.str(), channel_method);
  if (!query.step()) {
    return std::nullopt;
  }
  return read_mapping(query);
}

std::vector<domain::ShippingMapping> SqliteMappings::list(const domain::AccountId& account) {
  Statement query = context_.reading().prepare(std::string(kSelectMappings) +
                                               "WHERE account = ? ORDER BY channel_method");
  query.bind(account.str());
  std::vector<domain::ShippingMapping> mappings;
  while (query.step()) {
    mappings.push_back(read_mapping(query));
  }
  return mappings;
}

bool SqliteMappings::remove(const domain::AccountId& account, std::string_view channel_method) {
  Connection& connection = context_.writing("removing a shipping mapping");
  connection.prepare("DELETE FROM shipping_mappings WHERE account = ? AND channel_method = ?")
      .bind(account.str(), channel_method)
      .run();
  return connection.changes() > 0;
}

}  // namespace orderhub::store::sqlite
