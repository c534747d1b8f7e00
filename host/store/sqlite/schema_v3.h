// schema_v3.h: migration 3: the hub's own settings, invoice numbers and rendered invoices. Never
// edit it once released: add a migration.
#pragma once

#include <string_view>

namespace orderhub::store::sqlite {

inline constexpr std::string_view kSchemaVersion3 = R"sql(
CREATE TABLE host_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE invoice_numbers (
  order_id INTEGER PRIMARY KEY REFERENCES orders(id),
  number TEXT NOT NULL UNIQUE,
  invoice_date TEXT NOT NULL,
  upload_plugin_id TEXT,
  upload_template_version TEXT,
  CHECK ((upload_plugin_id IS NULL) = (upload_template_version IS NULL))
) STRICT;

CREATE TABLE invoices (
  order_id INTEGER NOT NULL REFERENCES orders(id),
  invoice_number TEXT NOT NULL,
  plugin_id TEXT NOT NULL,
  template_version TEXT NOT NULL,
  pdf BLOB NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (order_id, invoice_number, plugin_id, template_version)
) STRICT;
)sql";

}  // namespace orderhub::store::sqlite
