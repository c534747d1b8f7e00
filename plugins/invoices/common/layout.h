// What an invoice shows and in which words: the table's columns, the labels, extra blocks (the
// channel's order number, VAT ids...) and the locale for money and dates. The Standard plugin
// uses standard_layout(); Channel Specific reads one per channel from JSON (layout_reading.h).
#ifndef ORDERHUB_INVOICES_LAYOUT_H
#define ORDERHUB_INVOICES_LAYOUT_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::invoices {

enum class ColumnField { line_id, sku, title, quantity, unit_price, line_total };
enum class Align { left, right };

struct LayoutColumn {
  ColumnField field = ColumnField::title;
  std::string label;
  double width = 1;  // relative to the other columns
  Align align = Align::left;
};

// One "label: value" line under the invoice header; value is the request's field at a dotted path.
struct LayoutBlock {
  std::string label;
  std::string field;
};

struct Labels {
  std::string title = "Invoice";
  std::string invoice_number = "Invoice number";
  std::string invoice_date = "Invoice date";
  std::string order_number = "Order number";
  std::string order_date = "Order date";
  std::string seller_vat_id = "VAT ID";
  std::string bill_to = "Bill to";
  std::string ship_to = "Ship to";
  std::string items = "Items";
  std::string shipping = "Shipping";
  std::string tax = "Tax";
  std::string discount = "Discount";
  std::string total = "Total";
  std::string notes = "Notes";
  std::string page = "Page {page} of {pages}";
};

struct Layout {
  Labels labels;
  std::vector<LayoutColumn> columns;
  std::vector<LayoutBlock> blocks;
  std::optional<std::string> locale;  // overrides the request's options.locale
};

// SKU, title, quantity, unit price, line total, in English.
Layout standard_layout();

// The names a layout may use, for reading and for error messages.
std::optional<ColumnField> column_field_named(std::string_view name);
std::string column_field_names();
// True for the fields a block may print: a fixed list, plus anything under order.channel_data.
bool is_block_field(std::string_view path);
std::string block_field_names();
// Where each label lives in Labels, by its JSON key; nullptr for an unknown key.
std::string* label_named(Labels& labels, std::string_view key);
std::string label_names();

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_LAYOUT_H
