// The field names a Word template may use: the documented dotted names (invoice.number,
// item.sku, ...) and the Mail-merge style aliases Word users know (InvoiceNumber, ProductName,
// ...), each mapped to one dotted name. README.md lists them all.
#ifndef ORDERHUB_WORD_TO_PDF_FIELD_NAMES_H
#define ORDERHUB_WORD_TO_PDF_FIELD_NAMES_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::word_to_pdf {

// The dotted name a template's field name stands for, or nullopt when the name is unknown.
// Dotted names match exactly; aliases ignore letter case.
std::optional<std::string> canonical_field_name(std::string_view name);

// True for the fields of one order line (item.*), which only a repeated row can hold.
bool is_item_field(std::string_view canonical_name);

// The markers of a repeated block of rows: TableStart:Items and TableEnd:Items (any case).
bool is_item_block_start(std::string_view name);
bool is_item_block_end(std::string_view name);

// Every documented dotted name, in the order README.md lists them.
const std::vector<std::string>& documented_field_names();

}  // namespace orderhub::word_to_pdf

#endif  // ORDERHUB_WORD_TO_PDF_FIELD_NAMES_H
