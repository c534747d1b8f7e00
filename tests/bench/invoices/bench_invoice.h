// The one order every renderer of orderhub-bench-invoices prints: a few lines of accented Latin
// text, addresses, a seller with a VAT id and totals, numbered per invoice so that each output
// can be told apart (and a renderer that printed a cached page would fail the check).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace orderhub::bench {

// The buyer (and ship-to) name: accented text every renderer must carry into its PDF.
inline constexpr const char* kBuyerName = "Zoé Lefèvre-Müller";

struct BenchLine {
  std::string sku;
  std::string title;
  std::int64_t quantity = 0;
  std::int64_t unit_price_minor = 0;  // USD cents
};

struct BenchInvoice {
  std::string invoice_number;  // "INV-2026-0007"
  std::string order_number;    // the channel's order id, "CS-58007"
  std::vector<BenchLine> lines;
  std::int64_t items_minor = 0;
  std::int64_t shipping_minor = 0;
  std::int64_t tax_minor = 0;
  std::int64_t discount_minor = 0;
  std::int64_t total_minor = 0;
};

// Invoice `number` with `line_count` lines (cycling through a small catalogue).
BenchInvoice make_bench_invoice(int number, int line_count);

// "1,234.56": USD cents with a thousands separator, from integers only.
std::string amount_text(std::int64_t minor);

// The orderhub.render_request/1 the host sends for the invoice; channel_plugin_id picks the
// Channel Specific layout ("org.orderhub.channel.cscart").
std::string render_request(const BenchInvoice& invoice, const std::string& channel_plugin_id);

}  // namespace orderhub::bench
