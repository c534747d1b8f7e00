// One self-contained HTML page per invoice: inline CSS, DejaVu Sans (the font the plugins embed),
// A4, no images, nothing fetched.
#include "invoice_html.h"

#include <string_view>

namespace orderhub::bench {
namespace {

std::string escaped(std::string_view text) {
  std::string result;
  for (const char character : text) {
    switch (character) {
      case '&':
        result += "&amp;";
        break;
      case '<':
        result += "&lt;";
        break;
      case '>':
        result += "&gt;";
        break;
      case '"':
        result += "&quot;";
        break;
      case '\'':
        result += "&#39;";
        break;
      default:
        result += character;
    }
  }
  return result;
}

std::string dollars(std::int64_t minor) {
  return minor < 0 ? "-$" + amount_text(-minor) : "$" + amount_text(minor);
}

constexpr std::string_view kStyle = R"(<style>
@page { size: A4; margin: 15mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 18pt; margin: 0 0 4mm 0; }
.parties { width: 100%; margin: 4mm 0; }
.parties td { vertical-align: top; width: 33%; }
table.lines { width: 100%; border-collapse: collapse; margin-top: 4mm; }
table.lines th { background: #eee; text-align: left; border-bottom: 1px solid #999; padding: 2mm; }
table.lines td { border-bottom: 1px solid #ddd; padding: 2mm; }
.number { text-align: right; }
table.totals { margin-left: auto; margin-top: 4mm; }
table.totals td { padding: 1mm 2mm; }
.grand { font-weight: bold; border-top: 1px solid #999; }
</style>)";

}  // namespace

std::string invoice_html(const BenchInvoice& invoice) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>";
  html += escaped(invoice.invoice_number) + "</title>" + std::string(kStyle) + "</head><body>\n";
  html += "<h1>Invoice</h1>\n<p>Invoice number: " + escaped(invoice.invoice_number) +
          "<br>Invoice date: 11/23/2026<br>Order number: " + escaped(invoice.order_number) +
          "<br>Order date: 11/20/2026<br>Shipping method: Colissimo Expert</p>\n";
  html +=
      "<table class=\"parties\"><tr>"
      "<td><b>Maison Lumière</b><br>48 quai Saint-Étienne<br>45000 Orléans<br>FR<br>"
      "VAT: FR40123456824</td>"
      "<td><b>Bill to</b><br>Société Crème &amp; Café SARL<br>3 place de la Mairie<br>"
      "30000 Nîmes<br>FR</td>"
      "<td><b>Ship to</b><br>" +
      escaped(kBuyerName) +
      "<br>12 rue de l&#39;Église<br>25000 Besançon<br>FR</td></tr></table>\n";
  html +=
      "<table class=\"lines\"><tr><th>SKU</th><th>Item</th><th class=\"number\">Qty</th>"
      "<th class=\"number\">Unit price</th><th class=\"number\">Total</th></tr>\n";
  for (const BenchLine& line : invoice.lines) {
    html += "<tr><td>" + escaped(line.sku) + "</td><td>" + escaped(line.title) +
            "</td><td class=\"number\">" + std::to_string(line.quantity) +
            "</td><td class=\"number\">" + dollars(line.unit_price_minor) +
            "</td><td class=\"number\">" + dollars(line.quantity * line.unit_price_minor) +
            "</td></tr>\n";
  }
  html += "</table>\n<table class=\"totals\">";
  const auto total_row = [&](const char* label, std::int64_t minor, const char* row_class) {
    html += std::string("<tr class=\"") + row_class + "\"><td>" + label +
            "</td><td class=\"number\">" + dollars(minor) + "</td></tr>";
  };
  total_row("Items", invoice.items_minor, "");
  total_row("Shipping", invoice.shipping_minor, "");
  total_row("Tax", invoice.tax_minor, "");
  total_row("Discount", -invoice.discount_minor, "");
  total_row("Total", invoice.total_minor, "grand");
  html +=
      "</table>\n<p>Notes: Livraison après 18 h, sonner chez Mme Lefèvre.</p>\n"
      "</body></html>\n";
  return html;
}

}  // namespace orderhub::bench
