// orderhub.render_request/1 read into what an invoice prints. Invalid UTF-8 bytes in the request
// become U+FFFD first, so they print as a visible replacement instead of failing the call. Every
// value is checked for its type; a wrong one is refused with sdk::Error(INVALID_ARGUMENT) naming
// the field
// ("render request: order.lines[3].quantity: expected an integer").
#ifndef ORDERHUB_INVOICES_INVOICE_REQUEST_H
#define ORDERHUB_INVOICES_INVOICE_REQUEST_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace orderhub::invoices {

struct Money {
  std::int64_t minor = 0;
  std::string currency;
};

struct Address {
  std::string name, company, line1, line2, city, state, postal_code, country, phone;
  // The printed lines, empty parts left out.
  std::vector<std::string> lines() const;
};

struct InvoiceLine {
  std::string line_id, sku, title;
  std::int64_t quantity = 0;
  Money unit_price;
  Money line_total;  // unit_price x quantity
};

struct Totals {
  Money items, shipping, tax, discount, total;
};

enum class Paper { a4, letter };

struct InvoiceOptions {
  bool show_prices = true;
  bool show_sku = true;
  bool show_images = true;  // the logo
  bool show_notes = true;
  Paper paper = Paper::a4;
  std::optional<std::string> logo_path;
  std::optional<std::string> locale;
};

struct InvoiceRequest {
  nlohmann::json document;  // the whole request, for a layout's extra fields
  std::string invoice_number, invoice_date;
  std::string channel_order_id, currency, created_at, shipping_method, notes;
  std::string buyer_name, buyer_email, buyer_phone;
  std::optional<Address> bill_to, ship_to;
  std::string seller_name, seller_vat_id, seller_email, seller_phone;
  Address seller_address;
  Totals totals;
  std::vector<InvoiceLine> lines;
  InvoiceOptions options;
  std::optional<std::string> template_path;
  std::string channel_plugin_id, channel_name;
  bool had_invalid_utf8 = false;  // broken bytes were replaced by U+FFFD before parsing
};

InvoiceRequest read_invoice_request(std::string_view request);

// The value at a dotted path of the request ("order.channel_data.vat_id") as text: strings as
// they are, numbers and booleans printed; nullopt when absent, null, an object or an array.
std::optional<std::string> field_text(const nlohmann::json& document, std::string_view path);

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_INVOICE_REQUEST_H
