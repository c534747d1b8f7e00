// schema_v2.h: migration 2: order rules (documents, running order, log, once-per-order
// bookkeeping), per-order overrides and custom fields, and order cost lines for profit and loss.
// Never edit it once released: add a migration. Conventions as in schema_v1.h.
#pragma once

#include <string_view>

namespace orderhub::store::sqlite {

inline constexpr std::string_view kSchemaVersion2 = R"sql(
CREATE TABLE rules (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  position INTEGER NOT NULL,
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  enabled_at TEXT,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- No reference to rules: the log outlives a removed rule.
CREATE TABLE rule_log (
  id INTEGER PRIMARY KEY,
  rule_id INTEGER NOT NULL,
  rule_version INTEGER NOT NULL,
  rule_name TEXT NOT NULL,
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  trigger TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'skipped')),
  conditions_json TEXT NOT NULL,
  actions_json TEXT NOT NULL,
  reason TEXT NOT NULL
) STRICT;
CREATE INDEX rule_log_by_order ON rule_log (order_id, id);
CREATE INDEX rule_log_by_rule ON rule_log (rule_id, id);

-- One row per (order, rule) ever scheduled: the rule never runs again for that order.
CREATE TABLE rule_evaluations (
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  rule_id INTEGER NOT NULL,
  due_at TEXT NOT NULL,
  evaluated_at TEXT,
  PRIMARY KEY (order_id, rule_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX rule_evaluations_pending ON rule_evaluations (due_at) WHERE evaluated_at IS NULL;

CREATE TABLE order_overrides (
  order_id INTEGER PRIMARY KEY REFERENCES orders(id) ON DELETE CASCADE,
  invoice_plugin TEXT NOT NULL,
  invoice_template TEXT NOT NULL,
  skip_fulfilment_upload INTEGER NOT NULL CHECK (skip_fulfilment_upload IN (0, 1))
) STRICT;

CREATE TABLE order_custom_fields (
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (order_id, name)
) STRICT, WITHOUT ROWID;

CREATE TABLE order_costs (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('shipping', 'manual')),
  label TEXT NOT NULL,
  amount_minor INTEGER NOT NULL,
  currency TEXT NOT NULL,
  shipment_id INTEGER REFERENCES shipments(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX order_costs_by_order ON order_costs (order_id, id);
)sql";

}  // namespace orderhub::store::sqlite
