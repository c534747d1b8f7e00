// invoices.cpp: invoice numbers and rendered invoices in SQLite.
#include <string>

#include "store/sqlite/repositories.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {
namespace {

std::string order_label(domain::OrderId order_id) {
  return "order " + std::to_string(order_id.value);
}

}  // namespace

std::optional<InvoiceNumber> SqliteInvoices::find_number(domain::OrderId order_id) {
  Statement query = context_.reading().prepare(
      "SELECT number, invoice_date FROM invoice_numbers WHERE order_id = ?");
  query.bind(order_id.value);
  if (!query.step()) {
    return std::nullopt;
  }
  return InvoiceNumber{order_id, query.text(0), query.date(1)};
}

InvoiceNumber SqliteInvoices::assign_number(domain::OrderId order_id, domain::Date today) {
  if (auto existing = find_number(order_id)) {
    return *existing;
  }
  Connection& connection = context_.writing("assigning an invoice number");
  require_known_order(connection, order_id, "assigning an invoice number");
  InvoiceNumber assigned{order_id, "INV-" + std::to_string(order_id.value), today};
  connection
      .prepare("INSERT INTO invoice_numbers (order_id, number, invoice_date) VALUES (?, ?, ?)")
      .bind(order_id.value, assigned.number, assigned.date)
      .run("assigning invoice number " + assigned.number + " to " + order_label(order_id));
  return assigned;
}

std::optional<Rendition> SqliteInvoices::find_rendition(const RenditionKey& key) {
  Statement query = context_.reading().prepare(
      "SELECT pdf, created_at FROM invoices WHERE order_id = ? AND invoice_number = ? AND "
      "plugin_id = ? AND template_version = ?");
  query.bind(key.order_id.value, key.invoice_number, key.plugin_id, key.template_version);
  if (!query.step()) {
    return std::nullopt;
  }
  return Rendition{key, query.blob(0), query.timestamp(1)};
}

Rendition SqliteInvoices::store_rendition(const Rendition& rendition) {
  Connection& connection = context_.writing("storing a rendered invoice");
  require_known_order(connection, rendition.key.order_id, "storing a rendered invoice");
  const RenditionKey& key = rendition.key;
  connection
      .prepare(
          "INSERT INTO invoices (order_id, invoice_number, plugin_id, template_version, pdf, "
          "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
      .bind(key.order_id.value, key.invoice_number, key.plugin_id, key.template_version,
            Blob{rendition.pdf}, rendition.created_at)
      .run("storing invoice " + key.invoice_number + " of " + order_label(key.order_id));
  auto stored = find_rendition(key);
  if (!stored) {
    throw StoreError(StoreError::Kind::corrupt,
                     "invoice " + key.invoice_number + " vanished right after it was stored");
  }
  return std::move(stored).value();
}

std::optional<RenditionKey> SqliteInvoices::find_upload_rendition(domain::OrderId order_id) {
  Statement query = context_.reading().prepare(
      "SELECT number, upload_plugin_id, upload_template_version FROM invoice_numbers "
      "WHERE order_id = ? AND upload_plugin_id IS NOT NULL");
  query.bind(order_id.value);
  if (!query.step()) {
    return std::nullopt;
  }
  return RenditionKey{order_id, query.text(0), query.text(1), query.text(2)};
}

void SqliteInvoices::pin_upload_rendition(const RenditionKey& key) {
  Connection& connection = context_.writing("choosing the invoice to upload");
  connection
      .prepare(
          "UPDATE invoice_numbers SET upload_plugin_id = ?, upload_template_version = ? "
          "WHERE order_id = ? AND number = ?")
      .bind(key.plugin_id, key.template_version, key.order_id.value, key.invoice_number)
      .run("choosing the invoice to upload for " + order_label(key.order_id));
  if (connection.changes() != 1) {
    throw StoreError(StoreError::Kind::not_found,
                     order_label(key.order_id) + " has no invoice number " + key.invoice_number);
  }
}

}  // namespace orderhub::store::sqlite
