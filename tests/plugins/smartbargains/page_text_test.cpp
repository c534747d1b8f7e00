// Splitting a page of purchase orders into each order's text exactly as sent, so that the order's
// "raw" is the channel's payload verbatim (amount spellings, spacing and key order included).
#include <gtest/gtest.h>

#include "exact_json.h"

namespace orderhub::smartbargains::testing {
namespace {

TEST(PageTextTest, EachOrderIsKeptExactlyAsSent) {
  const std::string page = R"({"next_page_token": "orders", "orders" : [
      {"po_number": "A,1]", "lines": [{"qty": 1}, {"qty": 2}], "note": "say \"hi\" {"},
      {"po_number":"B","order_total":54.770}  ], "extra": {"orders": []}})";
  const auto items = top_level_array_items(page, "orders");
  ASSERT_TRUE(items);
  ASSERT_EQ(items->size(), 2u);
  EXPECT_EQ((*items)[0],
            R"({"po_number": "A,1]", "lines": [{"qty": 1}, {"qty": 2}], "note": "say \"hi\" {"})");
  EXPECT_EQ((*items)[1], R"({"po_number":"B","order_total":54.770})");
}

TEST(PageTextTest, AnEmptyListAndAMissingOrCutOffListAreTold) {
  const auto empty = top_level_array_items(R"({"orders": []})", "orders");
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->empty());
  EXPECT_FALSE(top_level_array_items(R"({"items": [1]})", "orders"));
  EXPECT_FALSE(top_level_array_items(R"({"orders": [{"po_number": "A"}, {"po_)", "orders"));
  EXPECT_FALSE(top_level_array_items(R"({"orders": "none"})", "orders"));
}

}  // namespace
}  // namespace orderhub::smartbargains::testing
