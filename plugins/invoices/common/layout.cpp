// The standard layout and the vocabulary of layout files.
#include "layout.h"

#include <array>
#include <utility>

namespace orderhub::invoices {
namespace {

constexpr std::array<std::pair<const char*, ColumnField>, 6> kColumnFields = {{
    {"line_id", ColumnField::line_id},
    {"sku", ColumnField::sku},
    {"title", ColumnField::title},
    {"quantity", ColumnField::quantity},
    {"unit_price", ColumnField::unit_price},
    {"line_total", ColumnField::line_total},
}};

constexpr std::array<const char*, 14> kBlockFields = {"order.id",
                                                      "order.channel_order_id",
                                                      "order.account",
                                                      "order.marketplace",
                                                      "order.shipping_method",
                                                      "order.created_at",
                                                      "order.status",
                                                      "seller.vat_id",
                                                      "seller.email",
                                                      "seller.phone",
                                                      "buyer.email",
                                                      "buyer.phone",
                                                      "channel.name",
                                                      "invoice.number"};

constexpr const char* kChannelData = "order.channel_data.";

template <class Names>
std::string joined(const Names& names) {
  std::string text;
  for (const auto& name : names) {
    text += (text.empty() ? "" : ", ") + std::string(name);
  }
  return text;
}

}  // namespace

Layout standard_layout() {
  Layout layout;
  layout.columns = {{ColumnField::sku, "SKU", 2.2, Align::left},
                    {ColumnField::title, "Item", 5.0, Align::left},
                    {ColumnField::quantity, "Qty", 0.8, Align::right},
                    {ColumnField::unit_price, "Unit price", 1.8, Align::right},
                    {ColumnField::line_total, "Line total", 1.9, Align::right}};
  return layout;
}

std::optional<ColumnField> column_field_named(std::string_view name) {
  for (const auto& [field_name, field] : kColumnFields) {
    if (name == field_name) {
      return field;
    }
  }
  return std::nullopt;
}

std::string column_field_names() {
  std::array<const char*, kColumnFields.size()> names{};
  for (std::size_t index = 0; index < names.size(); ++index) {
    names[index] = kColumnFields[index].first;
  }
  return joined(names);
}

bool is_block_field(std::string_view path) {
  for (const char* field : kBlockFields) {
    if (path == field) {
      return true;
    }
  }
  const std::string_view prefix(kChannelData);
  return path.size() > prefix.size() && path.substr(0, prefix.size()) == prefix;
}

std::string block_field_names() {
  return joined(kBlockFields) + ", " + kChannelData + "<key>";
}

std::string* label_named(Labels& labels, std::string_view key) {
  const std::array<std::pair<const char*, std::string*>, 15> named = {{
      {"title", &labels.title},
      {"invoice_number", &labels.invoice_number},
      {"invoice_date", &labels.invoice_date},
      {"order_number", &labels.order_number},
      {"order_date", &labels.order_date},
      {"seller_vat_id", &labels.seller_vat_id},
      {"bill_to", &labels.bill_to},
      {"ship_to", &labels.ship_to},
      {"items", &labels.items},
      {"shipping", &labels.shipping},
      {"tax", &labels.tax},
      {"discount", &labels.discount},
      {"total", &labels.total},
      {"notes", &labels.notes},
      {"page", &labels.page},
  }};
  for (const auto& [name, label] : named) {
    if (key == name) {
      return label;
    }
  }
  return nullptr;
}

std::string label_names() {
  return "title, invoice_number, invoice_date, order_number, order_date, seller_vat_id, bill_to, "
         "ship_to, items, shipping, tax, discount, total, notes, page";
}

}  // namespace orderhub::invoices
