// generated_pages.h: deterministic order pages for the import benchmark. The benchmark's plugin
// serves them and the no-plugin baseline reads the very same pages, so both store the same rows.
#pragma once

#include <cstdint>
#include <string>

namespace orderhub::bench {

struct PageShape {
  std::int64_t total_orders = 100000;
  std::int64_t page_size = 100;
  std::uint64_t seed = 1;
};

// The orderhub.order_batch/1 text of page `page` (0-based), its next_page_token the next page's
// number, null on the last page. Orders have 1-4 lines, UTF-8 names and exact money.
std::string generated_page(const PageShape& shape, std::int64_t page);

// How many pages the shape has.
std::int64_t page_count(const PageShape& shape);

}  // namespace orderhub::bench
