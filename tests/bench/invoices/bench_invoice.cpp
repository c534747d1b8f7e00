// The benchmark's order, as a render request. Money stays integer cents throughout.
#include "bench_invoice.h"

#include <array>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace orderhub::bench {
namespace {

using nlohmann::json;

const std::array<BenchLine, 5> kCatalogue = {{
    {"CAF-PIS-1L", "Cafetière à piston « Élégance » 1 L", 2, 3490},
    {"THE-SEN-250", "Thé vert Sencha, boîte de 250 g", 3, 1250},
    {"CHO-NOI-70", "Chocolat noir 70 % crème brûlée", 5, 495},
    {"TAS-GRE-04", "Tasses en grès émaillé (lot de 4)", 1, 2900},
    {"MOU-CER-01", "Moulin à café céramique réglable", 1, 4599},
}};

json money(std::int64_t minor) {
  return {{"minor", minor}, {"currency", "USD"}};
}

json address(const char* name, const char* line1, const char* city, const char* postal_code,
             const char* country) {
  return {{"name", name},
          {"line1", line1},
          {"city", city},
          {"postal_code", postal_code},
          {"country", country}};
}

std::string numbered(const char* prefix, int number, int digits) {
  char text[32];
  std::snprintf(text, sizeof text, "%s%0*d", prefix, digits, number);
  return text;
}

}  // namespace

BenchInvoice make_bench_invoice(int number, int line_count) {
  BenchInvoice invoice;
  invoice.invoice_number = numbered("INV-2026-", number, 4);
  invoice.order_number = numbered("CS-58", number, 3);
  for (int index = 0; index < line_count; ++index) {
    BenchLine line = kCatalogue[static_cast<std::size_t>(index) % kCatalogue.size()];
    line.quantity += index / static_cast<int>(kCatalogue.size());
    invoice.items_minor += line.quantity * line.unit_price_minor;
    invoice.lines.push_back(line);
  }
  invoice.shipping_minor = 790;
  invoice.tax_minor = invoice.items_minor * 8 / 100;
  invoice.discount_minor = 500;
  invoice.total_minor =
      invoice.items_minor + invoice.shipping_minor + invoice.tax_minor - invoice.discount_minor;
  return invoice;
}

std::string amount_text(std::int64_t minor) {
  const bool negative = minor < 0;
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
  std::string units = std::to_string(magnitude / 100);
  for (std::size_t position = units.size(); position > 3; position -= 3) {
    units.insert(position - 3, ",");
  }
  const std::uint64_t cents = magnitude % 100;
  return (negative ? "-" : "") + units + "." + (cents < 10 ? "0" : "") + std::to_string(cents);
}

std::string render_request(const BenchInvoice& invoice, const std::string& channel_plugin_id) {
  json lines = json::array();
  int line_id = 1;
  for (const BenchLine& line : invoice.lines) {
    lines.push_back({{"line_id", std::to_string(line_id++)},
                     {"sku", line.sku},
                     {"title", line.title},
                     {"quantity", line.quantity},
                     {"quantity_shipped", 0},
                     {"quantity_cancelled", 0},
                     {"unit_price", money(line.unit_price_minor)}});
  }
  const json ship_to = address(kBuyerName, "12 rue de l'Église", "Besançon", "25000", "FR");
  const json bill_to =
      address("Société Crème & Café SARL", "3 place de la Mairie", "Nîmes", "30000", "FR");
  const json seller_address =
      address("Maison Lumière", "48 quai Saint-Étienne", "Orléans", "45000", "FR");
  return json{{"schema", "orderhub.render_request/1"},
              {"order",
               {{"id", 7000},
                {"account", "cscart-main"},
                {"status", "awaiting_shipment"},
                {"notes", "Livraison après 18 h, sonner chez Mme Lefèvre."},
                {"channel_order_id", invoice.order_number},
                {"created_at", "2026-11-20T09:15:00Z"},
                {"updated_at", "2026-11-20T09:15:00Z"},
                {"currency", "USD"},
                {"channel_status", "P"},
                {"payment_status", "charged"},
                {"shipping_status", "unshipped"},
                {"cancelled", false},
                {"third_party_managed", false},
                {"buyer", {{"name", kBuyerName}, {"email", "zoe.lefevre@example.fr"}}},
                {"ship_to", ship_to},
                {"bill_to", bill_to},
                {"shipping_method", "Colissimo Expert"},
                {"totals",
                 {{"items", money(invoice.items_minor)},
                  {"shipping", money(invoice.shipping_minor)},
                  {"tax", money(invoice.tax_minor)},
                  {"discount", money(invoice.discount_minor)},
                  {"total", money(invoice.total_minor)}}},
                {"paid", money(invoice.total_minor)},
                {"lines", lines},
                {"channel_data", {{"payment_method", "Carte bancaire"}}}}},
              {"invoice", {{"number", invoice.invoice_number}, {"date", "2026-11-23"}}},
              {"seller",
               {{"name", "Maison Lumière"},
                {"address", seller_address},
                {"vat_id", "FR40123456824"},
                {"email", "facturation@maison-lumiere.example"}}},
              {"options",
               {{"show_prices", true},
                {"show_sku", true},
                {"show_images", false},
                {"show_notes", true},
                {"paper", "A4"},
                {"logo_path", nullptr},
                {"locale", "en-US"}}},
              {"template", nullptr},
              {"channel", {{"plugin_id", channel_plugin_id}, {"name", "CS-Cart"}}}}
      .dump();
}

}  // namespace orderhub::bench
