// fulfilment.cpp: shipments, cancellations, refunds and RMAs in SQLite, each with its lines.
#include <string>

#include "store/sqlite/repositories.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {
namespace {

// The line tables of shipments, cancellations and RMAs share one shape:
// (<parent>_id, position, line_id, quantity).
struct LineTable {
  std::string_view table;
  std::string_view parent_column;
};
constexpr LineTable kShipmentLines{"shipment_lines", "shipment_id"};
constexpr LineTable kCancellationLines{"cancellation_lines", "cancellation_id"};
constexpr LineTable kRmaLines{"rma_lines", "rma_id"};

void write_line_quantities(Connection& connection, LineTable table, std::int64_t parent_id,
                           const std::vector<domain::LineQuantity>& lines) {
  const std::string remove = "DELETE FROM " + std::string(table.table) + " WHERE " +
                             std::string(table.parent_column) + " = ?";
  connection.prepare(remove).bind(parent_id).run();
  const std::string insert = "INSERT INTO " + std::string(table.table) + " (" +
                             std::string(table.parent_column) +
                             ", position, line_id, quantity) VALUES (?, ?, ?, ?)";
  for (std::size_t position = 0; position < lines.size(); ++position) {
    connection.prepare(insert)
        .bind(parent_id, static_cast<std::int64_t>(position), lines[position].line_id,
              lines[position].quantity)
        .run();
  }
}

std::vector<domain::LineQuantity> read_line_quantities(Connection& connection, LineTable table,
                                                       std::int64_t parent_id) {
  const std::string sql = "SELECT line_id, quantity FROM " + std::string(table.table) + " WHERE " +
                          std::string(table.parent_column) + " = ? ORDER BY position";
  Statement query = connection.prepare(sql);
  query.bind(parent_id);
  std::vector<domain::LineQuantity> lines;
  while (query.step()) {
    lines.push_back(domain::LineQuantity{query.text(0), query.integer(1)});
  }
  return lines;
}

// Runs the insert of a record of an order; a missing order is StoreError not_found.
std::int64_t insert_record(Connection& connection, Statement& statement, std::string_view what,
                           domain::OrderId order_id) {
  const std::string doing =
      "storing a " + std::string(what) + " of order " + std::to_string(order_id.value);
  require_known_order(connection, order_id, doing);
  statement.run(doing);
  return connection.last_insert_id();
}

domain::Rma read_rma(Connection& connection, const Statement& query) {
  domain::Rma rma;
  rma.id = query.integer(0);
  rma.order_id = domain::OrderId{query.integer(1)};
  rma.reason = query.text(2);
  rma.status = parsed_column(query, 3, domain::parse_rma_status(query.text(3)));
  rma.restock = query.boolean(4);
  rma.refunded = query.boolean(5);
  rma.created_at = query.timestamp(6);
  rma.received_at = query.optional_timestamp(7);
  rma.lines = read_line_quantities(connection, kRmaLines, rma.id);
  return rma;
}

constexpr std::string_view kSelectRmas =
    "SELECT id, order_id, reason, status, restock, refunded, created_at, received_at FROM rmas ";

}  // namespace

std::int64_t SqliteFulfilment::add_shipment(const domain::Shipment& shipment) {
  Connection& connection = context_.writing("recording a shipment");
  Statement insert = connection.prepare(
      "INSERT INTO shipments (order_id, carrier, service, tracking_number, ship_date, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(shipment.order_id.value, shipment.carrier, shipment.service, shipment.tracking_number,
              shipment.ship_date, shipment.created_at);
  const std::int64_t id = insert_record(connection, insert, "shipment", shipment.order_id);
  write_line_quantities(connection, kShipmentLines, id, shipment.lines);
  return id;
}

std::vector<domain::Shipment> SqliteFulfilment::list_shipments(domain::OrderId order_id) {
  Connection& connection = context_.reading();
  Statement query = connection.prepare(
      "SELECT id, order_id, carrier, service, tracking_number, ship_date, created_at "
      "FROM shipments WHERE order_id = ? ORDER BY id");
  query.bind(order_id.value);
  std::vector<domain::Shipment> shipments;
  while (query.step()) {
    domain::Shipment shipment;
    shipment.id = query.integer(0);
    shipment.order_id = domain::OrderId{query.integer(1)};
    shipment.carrier = query.text(2);
    shipment.service = query.text(3);
    shipment.tracking_number = query.text(4);
    shipment.ship_date = query.timestamp(5);
    shipment.created_at = query.timestamp(6);
    shipments.push_back(std::move(shipment));
  }
  for (domain::Shipment& shipment : shipments) {
    shipment.lines = read_line_quantities(connection, kShipmentLines, shipment.id);
  }
  return shipments;
}

std::int64_t SqliteFulfilment::add_cancellation(const domain::Cancellation& cancellation) {
  Connection& connection = context_.writing("recording a cancellation");
  Statement insert = connection.prepare(
      "INSERT INTO cancellations (order_id, form, reason, restock, created_at) "
      "VALUES (?, ?, ?, ?, ?)");
  insert.bind(cancellation.order_id.value, to_string(cancellation.form), cancellation.reason,
              cancellation.restock, cancellation.created_at);
  const std::int64_t id = insert_record(connection, insert, "cancellation", cancellation.order_id);
  write_line_quantities(connection, kCancellationLines, id, cancellation.lines);
  return id;
}

std::vector<domain::Cancellation> SqliteFulfilment::list_cancellations(domain::OrderId order_id) {
  Connection& connection = context_.reading();
  Statement query = connection.prepare(
      "SELECT id, order_id, form, reason, restock, created_at FROM cancellations "
      "WHERE order_id = ? ORDER BY id");
  query.bind(order_id.value);
  std::vector<domain::Cancellation> cancellations;
  while (query.step()) {
    domain::Cancellation cancellation;
    cancellation.id = query.integer(0);
    cancellation.order_id = domain::OrderId{query.integer(1)};
    cancellation.form = parsed_column(query, 2, domain::parse_cancellation_form(query.text(2)));
    cancellation.reason = query.text(3);
    cancellation.restock = query.boolean(4);
    cancellation.created_at = query.timestamp(5);
    cancellations.push_back(std::move(cancellation));
  }
  for (domain::Cancellation& cancellation : cancellations) {
    cancellation.lines = read_line_quantities(connection, kCancellationLines, cancellation.id);
  }
  return cancellations;
}

std::int64_t SqliteFulfilment::add_refund(const domain::Refund& refund) {
  Connection& connection = context_.writing("recording a refund");
  const std::string doing = "recording a refund of order " + std::to_string(refund.order_id.value);
  const domain::Currency currency = refund.amount.currency;
  require_currency(refund.amount, currency, "amount", doing);
  require_currency(refund.shipping, currency, "shipping", doing);
  require_currency(refund.tax, currency, "tax", doing);
  for (std::size_t index = 0; index < refund.lines.size(); ++index) {
    require_currency(refund.lines[index].amount, currency,
                     "lines[" + std::to_string(index) + "].amount", doing);
  }

  Statement insert = connection.prepare(
      "INSERT INTO refunds (order_id, form, currency, amount_minor, shipping_minor, tax_minor, "
      "reason, notes, operation_type, method, reference, refund_date, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(refund.order_id.value, to_string(refund.form), currency.code(), refund.amount.minor,
              refund.shipping.minor, refund.tax.minor, refund.reason, refund.notes,
              refund.operation_type, refund.method, refund.reference, refund.refund_date,
              refund.created_at);
  const std::int64_t id = insert_record(connection, insert, "refund", refund.order_id);
  for (std::size_t position = 0; position < refund.lines.size(); ++position) {
    const domain::RefundLine& line = refund.lines[position];
    connection
        .prepare(
            "INSERT INTO refund_lines (refund_id, position, line_id, quantity, amount_minor) "
            "VALUES (?, ?, ?, ?, ?)")
        .bind(id, static_cast<std::int64_t>(position), line.line_id, line.quantity,
              line.amount.minor)
        .run();
  }
  return id;
}

std::vector<domain::Refund> SqliteFulfilment::list_refunds(domain::OrderId order_id) {
  Connection& connection = context_.reading();
  Statement query = connection.prepare(
      "SELECT id, order_id, form, currency, amount_minor, shipping_minor, tax_minor, reason, "
      "notes, "
      "operation_type, method, reference, refund_date, created_at FROM refunds "
      "WHERE order_id = ? ORDER BY id");
  query.bind(order_id.value);
  std::vector<domain::Refund> refunds;
  while (query.step()) {
    domain::Refund refund;
    refund.id = query.integer(0);
    refund.order_id = domain::OrderId{query.integer(1)};
    refund.form = parsed_column(query, 2, domain::parse_refund_form(query.text(2)));
    const domain::Currency currency = read_currency(query, 3);
    refund.amount = domain::Money{query.integer(4), currency};
    refund.shipping = domain::Money{query.integer(5), currency};
    refund.tax = domain::Money{query.integer(6), currency};
    refund.reason = query.text(7);
    refund.notes = query.text(8);
    refund.operation_type = query.text(9);
    refund.method = query.text(10);
    refund.reference = query.text(11);
    refund.refund_date = query.date(12);
    refund.created_at = query.timestamp(13);
    refunds.push_back(std::move(refund));
  }
  for (domain::Refund& refund : refunds) {
    Statement lines = connection.prepare(
        "SELECT line_id, quantity, amount_minor FROM refund_lines WHERE refund_id = ? "
        "ORDER BY position");
    lines.bind(refund.id);
    while (lines.step()) {
      refund.lines.push_back(
          domain::RefundLine{lines.text(0), lines.integer(1),
                             domain::Money{lines.integer(2), refund.amount.currency}});
    }
  }
  return refunds;
}

std::int64_t SqliteFulfilment::add_rma(const domain::Rma& rma) {
  Connection& connection = context_.writing("recording an RMA");
  Statement insert = connection.prepare(
      "INSERT INTO rmas (order_id, reason, status, restock, refunded, created_at, received_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(rma.order_id.value, rma.reason, to_string(rma.status), rma.restock, rma.refunded,
              rma.created_at, rma.received_at);
  const std::int64_t id = insert_record(connection, insert, "RMA", rma.order_id);
  write_line_quantities(connection, kRmaLines, id, rma.lines);
  return id;
}

std::optional<domain::Rma> SqliteFulfilment::find_rma(std::int64_t rma_id) {
  Connection& connection = context_.reading();
  Statement query = connection.prepare(std::string(kSelectRmas) + "WHERE id = ?");
  query.bind(rma_id);
  if (!query.step()) {
    return std::nullopt;
  }
  return read_rma(connection, query);
}

void SqliteFulfilment::update_rma(const domain::Rma& rma) {
  Connection& connection = context_.writing("updating an RMA");
  connection
      .prepare(
          "UPDATE rmas SET reason = ?, status = ?, restock = ?, refunded = ?, received_at = ? "
          "WHERE id = ?")
      .bind(rma.reason, to_string(rma.status), rma.restock, rma.refunded, rma.received_at, rma.id)
      .run();
  if (connection.changes() == 0) {
    throw StoreError(StoreError::Kind::not_found,
                     "updating RMA " + std::to_string(rma.id) + ": there is no such RMA");
  }
  write_line_quantities(connection, kRmaLines, rma.id, rma.lines);
}

std::vector<domain::Rma> SqliteFulfilment::list_rmas(domain::OrderId order_id) {
  Connection& connection = context_.reading();
  Statement query = connection.prepare(std::string(kSelectRmas) + "WHERE order_id = ? ORDER BY id");
  query.bind(order_id.value);
  std::vector<domain::Rma> rmas;
  while (query.step()) {
    rmas.push_back(read_rma(connection, query));
  }
  return rmas;
}

}  // namespace orderhub::store::sqlite
