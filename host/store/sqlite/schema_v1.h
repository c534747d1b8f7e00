// schema_v1.h: migration 1, the first schema. Never edit it once released: add a migration.
//
// Conventions: STRICT tables, so a column holds only its declared type (money is INTEGER minor
// units, never REAL); times are TEXT "YYYY-MM-DDTHH:MM:SSZ" (UTC, sorting as text sorts by time),
// dates TEXT "YYYY-MM-DD"; statuses are TEXT with their exact names, checked; booleans INTEGER 0/1.
// Every amount of an order is in the order's currency column.
#pragma once

#include <string_view>

namespace orderhub::store::sqlite {

inline constexpr std::string_view kSchemaVersion1 = R"sql(
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  plugin_id TEXT NOT NULL,
  config_json TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE account_settings (
  account TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (account, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL REFERENCES accounts(id),
  channel_order_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  currency TEXT NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('in_process', 'on_hold', 'completed', 'cancelled', 'problem', 'void')),
  shipping_status TEXT NOT NULL
    CHECK (shipping_status IN ('unshipped', 'partially_shipped', 'fully_shipped')),
  payment_status TEXT NOT NULL
    CHECK (payment_status IN ('no_payment', 'authorized', 'charged', 'partial_payment',
                              'partial_refund', 'full_refund', 'payment_error')),
  channel_notified_for_shipping INTEGER NOT NULL CHECK (channel_notified_for_shipping IN (0, 1)),
  invoice_sent_to_channel INTEGER NOT NULL CHECK (invoice_sent_to_channel IN (0, 1)),
  third_party_managed INTEGER NOT NULL CHECK (third_party_managed IN (0, 1)),
  channel_status TEXT NOT NULL,
  marketplace TEXT NOT NULL,
  buyer_name TEXT NOT NULL,
  buyer_email TEXT NOT NULL,
  buyer_phone TEXT NOT NULL,
  ship_to_name TEXT NOT NULL,
  ship_to_company TEXT NOT NULL,
  ship_to_line1 TEXT NOT NULL,
  ship_to_line2 TEXT NOT NULL,
  ship_to_city TEXT NOT NULL,
  ship_to_state TEXT NOT NULL,
  ship_to_postal_code TEXT NOT NULL,
  ship_to_country TEXT NOT NULL,
  ship_to_phone TEXT NOT NULL,
  bill_to_name TEXT NOT NULL,
  bill_to_company TEXT NOT NULL,
  bill_to_line1 TEXT NOT NULL,
  bill_to_line2 TEXT NOT NULL,
  bill_to_city TEXT NOT NULL,
  bill_to_state TEXT NOT NULL,
  bill_to_postal_code TEXT NOT NULL,
  bill_to_country TEXT NOT NULL,
  bill_to_phone TEXT NOT NULL,
  shipping_method TEXT NOT NULL,
  shipping_carrier TEXT NOT NULL,
  shipping_service TEXT NOT NULL,
  shipping_code_to_send TEXT NOT NULL,
  shipping_service_code TEXT NOT NULL,
  shipping_rush INTEGER NOT NULL CHECK (shipping_rush IN (0, 1)),
  shipping_unmapped INTEGER NOT NULL CHECK (shipping_unmapped IN (0, 1)),
  items_minor INTEGER NOT NULL,
  shipping_minor INTEGER NOT NULL,
  tax_minor INTEGER NOT NULL,
  discount_minor INTEGER NOT NULL,
  total_minor INTEGER NOT NULL,
  paid_minor INTEGER NOT NULL,
  refunded_minor INTEGER NOT NULL,
  discount_added_minor INTEGER NOT NULL,
  hold_reason TEXT NOT NULL,
  notes TEXT NOT NULL,
  channel_data TEXT NOT NULL,
  raw TEXT NOT NULL
) STRICT;
-- Import is idempotent on (account, channel order id): the database refuses a second row.
CREATE UNIQUE INDEX orders_by_channel_order_id ON orders (account, channel_order_id);
CREATE INDEX orders_by_account_status ON orders (account, status);
CREATE INDEX orders_by_status ON orders (status);

CREATE TABLE order_lines (
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  line_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  sku TEXT NOT NULL,
  title TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  quantity_shipped INTEGER NOT NULL,
  quantity_cancelled INTEGER NOT NULL,
  quantity_refunded INTEGER NOT NULL,
  quantity_returned INTEGER NOT NULL,
  unit_price_minor INTEGER NOT NULL,
  tax_minor INTEGER NOT NULL,
  shipping_minor INTEGER NOT NULL,
  discount_minor INTEGER NOT NULL,
  PRIMARY KEY (order_id, line_id)
) STRICT;

CREATE TABLE shipments (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  carrier TEXT NOT NULL,
  service TEXT NOT NULL,
  tracking_number TEXT NOT NULL,
  ship_date TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX shipments_by_order ON shipments (order_id);

CREATE TABLE shipment_lines (
  shipment_id INTEGER NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  line_id TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  PRIMARY KEY (shipment_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE cancellations (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  form TEXT NOT NULL CHECK (form IN ('channel', 'internal', 'void')),
  reason TEXT NOT NULL,
  restock INTEGER NOT NULL CHECK (restock IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX cancellations_by_order ON cancellations (order_id);

CREATE TABLE cancellation_lines (
  cancellation_id INTEGER NOT NULL REFERENCES cancellations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  line_id TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  PRIMARY KEY (cancellation_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE refunds (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  form TEXT NOT NULL CHECK (form IN ('channel', 'local', 'discount')),
  currency TEXT NOT NULL,
  amount_minor INTEGER NOT NULL,
  shipping_minor INTEGER NOT NULL,
  tax_minor INTEGER NOT NULL,
  reason TEXT NOT NULL,
  notes TEXT NOT NULL,
  operation_type TEXT NOT NULL,
  method TEXT NOT NULL,
  reference TEXT NOT NULL,
  refund_date TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX refunds_by_order ON refunds (order_id);

CREATE TABLE refund_lines (
  refund_id INTEGER NOT NULL REFERENCES refunds(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  line_id TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  amount_minor INTEGER NOT NULL,
  PRIMARY KEY (refund_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE rmas (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  reason TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('created', 'received')),
  restock INTEGER NOT NULL CHECK (restock IN (0, 1)),
  refunded INTEGER NOT NULL CHECK (refunded IN (0, 1)),
  created_at TEXT NOT NULL,
  received_at TEXT
) STRICT;
CREATE INDEX rmas_by_order ON rmas (order_id);

CREATE TABLE rma_lines (
  rma_id INTEGER NOT NULL REFERENCES rmas(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  line_id TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  PRIMARY KEY (rma_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE order_history (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  summary TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL
) STRICT;
CREATE INDEX order_history_by_order ON order_history (order_id, id);

CREATE TABLE shipping_mappings (
  account TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  channel_method TEXT NOT NULL,
  carrier TEXT NOT NULL,
  service TEXT NOT NULL,
  rush INTEGER NOT NULL CHECK (rush IN (0, 1)),
  code_to_send TEXT NOT NULL,
  service_code TEXT NOT NULL,
  PRIMARY KEY (account, channel_method)
) STRICT, WITHOUT ROWID;

CREATE TABLE quarantined_orders (
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  channel_order_id TEXT,
  field TEXT NOT NULL,
  message TEXT NOT NULL,
  raw TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX quarantined_orders_by_account ON quarantined_orders (account, id);

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL REFERENCES accounts(id),
  order_id INTEGER REFERENCES orders(id),
  kind TEXT NOT NULL
    CHECK (kind IN ('shipment', 'cancellation', 'refund', 'invoice', 'inventory', 'acknowledgement')),
  idempotency_key TEXT NOT NULL UNIQUE,
  payload_json TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'in_flight', 'done', 'failed')),
  attempts INTEGER NOT NULL,
  next_attempt_at TEXT NOT NULL,
  lease_until TEXT,
  last_error TEXT NOT NULL,
  channel_reference TEXT NOT NULL,
  created_at TEXT NOT NULL,
  done_at TEXT,
  CHECK ((state = 'in_flight') = (lease_until IS NOT NULL))
) STRICT;
CREATE INDEX outbox_due ON outbox (account, state, next_attempt_at);
CREATE INDEX outbox_by_order ON outbox (order_id);

CREATE TABLE download_cursors (
  account TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  watermark TEXT,
  run_since TEXT,
  page_token TEXT,
  last_run_at TEXT,
  last_success_at TEXT,
  last_error TEXT NOT NULL
) STRICT;

CREATE TABLE inventory (
  sku TEXT PRIMARY KEY,
  on_hand INTEGER NOT NULL,
  on_order INTEGER NOT NULL,
  expected_date TEXT,
  container_on_order INTEGER NOT NULL,
  container_eta TEXT,
  unit_cost_minor INTEGER,
  unit_cost_currency TEXT,
  CHECK ((unit_cost_minor IS NULL) = (unit_cost_currency IS NULL))
) STRICT;

CREATE TABLE plugin_state (
  account TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value BLOB NOT NULL,
  PRIMARY KEY (account, key)
) STRICT, WITHOUT ROWID;
)sql";

}  // namespace orderhub::store::sqlite
