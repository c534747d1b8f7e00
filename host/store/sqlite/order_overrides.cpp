// order_overrides.cpp: per-order overrides and custom fields in SQLite.
#include <string>

#include "store/sqlite/repositories.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {

domain::OrderOverrides SqliteOrderOverrides::find(domain::OrderId order_id) {
  domain::OrderOverrides overrides;
  overrides.order_id = order_id;
  Statement query = context_.reading().prepare(
      "SELECT invoice_plugin, invoice_template, skip_fulfilment_upload FROM order_overrides "
      "WHERE order_id = ?");
  query.bind(order_id.value);
  if (query.step()) {
    overrides.invoice_plugin = query.text(0);
    overrides.invoice_template = query.text(1);
    overrides.skip_fulfilment_upload = query.boolean(2);
  }
  Statement fields = context_.reading().prepare(
      "SELECT name, value FROM order_custom_fields WHERE order_id = ? ORDER BY name");
  fields.bind(order_id.value);
  while (fields.step()) {
    overrides.custom_fields.emplace(fields.text(0), fields.text(1));
  }
  return overrides;
}

void SqliteOrderOverrides::put(const domain::OrderOverrides& overrides) {
  Connection& connection = context_.writing("saving order overrides");
  const std::string doing =
      "saving the overrides of order " + std::to_string(overrides.order_id.value);
  require_known_order(connection, overrides.order_id, doing);
  connection
      .prepare(
          "INSERT INTO order_overrides (order_id, invoice_plugin, invoice_template, "
          "skip_fulfilment_upload) VALUES (?, ?, ?, ?) ON CONFLICT (order_id) DO UPDATE SET "
          "invoice_plugin = excluded.invoice_plugin, invoice_template = "
          "excluded.invoice_template, skip_fulfilment_upload = excluded.skip_fulfilment_upload")
      .bind(overrides.order_id.value, overrides.invoice_plugin, overrides.invoice_template,
            overrides.skip_fulfilment_upload)
      .run(doing);
  connection.prepare("DELETE FROM order_custom_fields WHERE order_id = ?")
      .bind(overrides.order_id.value)
      .run(doing);
  for (const auto& [name, value] : overrides.custom_fields) {
    connection.prepare("INSERT INTO order_custom_fields (order_id, name, value) VALUES (?, ?, ?)")
        .bind(overrides.order_id.value, name, value)
        .run(doing);
  }
}

}  // namespace orderhub::store::sqlite
