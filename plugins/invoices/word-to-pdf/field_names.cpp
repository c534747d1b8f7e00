#include "field_names.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace orderhub::word_to_pdf {
namespace {

constexpr std::string_view kAddressParts[] = {"name",  "company",     "line1",   "line2", "city",
                                              "state", "postal_code", "country", "phone"};

std::vector<std::string> make_documented_names() {
  std::vector<std::string> names = {"order.id",          "order.channel_order_id",
                                    "order.created_at",  "order.currency",
                                    "order.status",      "order.payment_status",
                                    "order.marketplace", "order.shipping_method",
                                    "order.notes",       "channel.name",
                                    "invoice.number",    "invoice.date",
                                    "buyer.name",        "buyer.email",
                                    "buyer.phone"};
  for (const char* party : {"ship_to", "bill_to"}) {
    for (std::string_view part : kAddressParts) {
      names.push_back(std::string(party) + "." + std::string(part));
    }
  }
  for (std::string_view part : kAddressParts) {
    names.push_back("seller." + std::string(part));
  }
  for (const char* name : {"seller.vat_id", "seller.email", "totals.items", "totals.shipping",
                           "totals.tax", "totals.discount", "totals.grand_total", "item.line_id",
                           "item.sku", "item.title", "item.quantity", "item.unit_price", "item.tax",
                           "item.shipping", "item.discount", "item.total"}) {
    names.emplace_back(name);
  }
  return names;
}

// Mail-merge style names, compared in lower case.
const std::pair<std::string_view, std::string_view> kAliases[] = {
    {"ordernumber", "order.channel_order_id"},
    {"orderdate", "order.created_at"},
    {"invoicenumber", "invoice.number"},
    {"invoicedate", "invoice.date"},
    {"customername", "buyer.name"},
    {"customeremail", "buyer.email"},
    {"customerphone", "buyer.phone"},
    {"companyname", "seller.name"},
    {"vatnumber", "seller.vat_id"},
    {"subtotal", "totals.items"},
    {"shipping", "totals.shipping"},
    {"tax", "totals.tax"},
    {"discount", "totals.discount"},
    {"total", "totals.grand_total"},
    {"grandtotal", "totals.grand_total"},
    {"sku", "item.sku"},
    {"productname", "item.title"},
    {"quantity", "item.quantity"},
    {"unitprice", "item.unit_price"},
    {"linetotal", "item.total"},
};

std::string lower_case(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return result;
}

}  // namespace

const std::vector<std::string>& documented_field_names() {
  static const std::vector<std::string> names = make_documented_names();
  return names;
}

std::optional<std::string> canonical_field_name(std::string_view name) {
  const auto& names = documented_field_names();
  if (std::find(names.begin(), names.end(), name) != names.end()) {
    return std::string(name);
  }
  const std::string lowered = lower_case(name);
  for (const auto& [alias, canonical] : kAliases) {
    if (alias == lowered) {
      return std::string(canonical);
    }
  }
  return std::nullopt;
}

bool is_item_field(std::string_view canonical_name) {
  return canonical_name.substr(0, 5) == "item.";
}

bool is_item_block_start(std::string_view name) {
  return lower_case(name) == "tablestart:items";
}

bool is_item_block_end(std::string_view name) {
  return lower_case(name) == "tableend:items";
}

}  // namespace orderhub::word_to_pdf
