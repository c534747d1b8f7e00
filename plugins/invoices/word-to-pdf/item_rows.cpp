#include "item_rows.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "field_names.h"

namespace orderhub::word_to_pdf {
namespace {

constexpr const char* kItemTableName = "orderitemstable";

// The names of the fields in node, without changing it.
std::vector<std::string> field_names_in(pugi::xml_node node) {
  std::vector<std::string> names;
  visit_fields(node, [&](const std::string& name) -> std::optional<std::string> {
    names.push_back(name);
    return std::nullopt;
  });
  return names;
}

bool holds_item_field(pugi::xml_node row) {
  for (const std::string& name : field_names_in(row)) {
    const std::optional<std::string> canonical = canonical_field_name(name);
    if (canonical && is_item_field(*canonical)) {
      return true;
    }
  }
  return false;
}

bool holds_marker(pugi::xml_node row, bool (*is_marker)(std::string_view)) {
  const std::vector<std::string> names = field_names_in(row);
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& name) { return is_marker(name); });
}

bool equals_ignoring_case(std::string_view text, std::string_view expected) {
  return text.size() == expected.size() &&
         std::equal(text.begin(), text.end(), expected.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         });
}

bool is_item_table(pugi::xml_node table) {
  const pugi::xml_node properties = table.child("w:tblPr");
  return equals_ignoring_case(properties.child("w:tblCaption").attribute("w:val").value(),
                              kItemTableName) ||
         equals_ignoring_case(properties.child("w:tblDescription").attribute("w:val").value(),
                              kItemTableName);
}

bool contains_row(const std::vector<ItemRegion>& regions, pugi::xml_node row) {
  for (const ItemRegion& region : regions) {
    if (std::find(region.rows.begin(), region.rows.end(), row) != region.rows.end()) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<ItemRegion> find_item_regions(pugi::xml_node root, std::vector<std::string>& problems) {
  std::vector<ItemRegion> regions;
  // Marker blocks first: their rows may also sit in an "orderitemstable" table.
  for (pugi::xpath_node found : root.select_nodes(".//w:tr")) {
    const pugi::xml_node start = found.node();
    if (!holds_marker(start, &is_item_block_start)) {
      continue;
    }
    ItemRegion region;
    bool closed = false;
    for (pugi::xml_node row = start; row; row = row.next_sibling("w:tr")) {
      region.rows.push_back(row);
      if (holds_marker(row, &is_item_block_end)) {
        closed = true;
        break;
      }
    }
    if (closed) {
      regions.push_back(region);
    } else {
      problems.push_back("TableStart:Items has no TableEnd:Items after it in the same table");
    }
  }
  for (pugi::xpath_node found : root.select_nodes(".//w:tbl")) {
    const pugi::xml_node table = found.node();
    if (!is_item_table(table)) {
      continue;
    }
    bool has_item_row = false;
    for (pugi::xml_node row : table.children("w:tr")) {
      if (holds_item_field(row)) {
        has_item_row = true;
        if (!contains_row(regions, row)) {
          regions.push_back(ItemRegion{{row}});
        }
      }
    }
    if (!has_item_row) {
      problems.push_back("the table \"orderitemstable\" has no row with an item field (item.*)");
    }
  }
  return regions;
}

void repeat_region(const ItemRegion& region, std::size_t line_count,
                   const std::function<void(std::size_t index, pugi::xml_node row)>& fill_copy) {
  const pugi::xml_node first = region.rows.front();
  pugi::xml_node parent = first.parent();
  for (std::size_t index = 0; index < line_count; ++index) {
    for (pugi::xml_node row : region.rows) {
      fill_copy(index, parent.insert_copy_before(row, first));
    }
  }
  for (pugi::xml_node row : region.rows) {
    parent.remove_child(row);
  }
}

}  // namespace orderhub::word_to_pdf
