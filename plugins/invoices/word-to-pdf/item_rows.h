// The repeated item rows of a template: the row of a table titled or described
// "orderitemstable" that holds item.* fields, or the rows from the one holding a TableStart:Items
// marker to the one holding TableEnd:Items. Each is copied once per order line.
#ifndef ORDERHUB_WORD_TO_PDF_ITEM_ROWS_H
#define ORDERHUB_WORD_TO_PDF_ITEM_ROWS_H

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "word_fields.h"

namespace orderhub::word_to_pdf {

// The consecutive table rows (w:tr siblings) repeated once per order line.
struct ItemRegion {
  std::vector<pugi::xml_node> rows;
};

// Every item region under root. A marker without its partner, or an "orderitemstable" table
// without an item row, is a problem (a sentence without the part's name) and no region.
std::vector<ItemRegion> find_item_regions(pugi::xml_node root, std::vector<std::string>& problems);

// Copies the region's rows once per order line, calling fill_copy on each copy with the line's
// index, then removes the original rows.
void repeat_region(const ItemRegion& region, std::size_t line_count,
                   const std::function<void(std::size_t index, pugi::xml_node row)>& fill_copy);

}  // namespace orderhub::word_to_pdf

#endif  // ORDERHUB_WORD_TO_PDF_ITEM_ROWS_H
