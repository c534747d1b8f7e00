// Reading a layout file strictly: an unknown key, an unknown field or a wrong type is a problem
// named by where it is ("columns[2].field: unknown field \"colour\""), and every problem of the
// file is collected, so template.check can list them all at once.
#ifndef ORDERHUB_INVOICES_LAYOUT_READING_H
#define ORDERHUB_INVOICES_LAYOUT_READING_H

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "layout.h"

namespace orderhub::invoices {

struct LayoutProblem {
  std::string where;  // "columns[2].field", or "" for the whole file
  std::string message;
};

struct LayoutReading {
  Layout layout;
  std::vector<LayoutProblem> problems;  // empty: layout is usable
};

LayoutReading read_layout(std::string_view text);
// Reads the file; an unreadable file is one problem.
LayoutReading read_layout_file(const std::filesystem::path& file);

// The layout in file, or sdk::Error(INVALID_ARGUMENT) naming the file and its first problem:
// "layout cdiscount.json: columns[2].field: unknown field \"colour\"".
Layout load_layout(const std::filesystem::path& file);

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_LAYOUT_READING_H
