// Reading a page from a plugin: a malformed envelope refuses the page, a malformed order is set
// aside naming the order and the field while the rest of the page reads.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/documents/order_document.h"
#include "pipeline/download/order_batch.h"
#include "pipeline_test_support.h"

namespace orderhub::pipeline {
namespace {

using nlohmann::json;

json order_json(const char* channel_order_id) {
  return to_document(testing::sample_order("shop", channel_order_id));
}

json batch_of(json orders) {
  return {{"schema", "orderhub.order_batch/1"},
          {"orders", std::move(orders)},
          {"next_page_token", "2"}};
}

domain::Result<OrderBatch> read(const json& batch) {
  return read_order_batch(batch.dump(), testing::account_id("shop"));
}

TEST(OrderBatchTest, AValidPageReadsEveryOrderAndTheNextToken) {
  const OrderBatch batch = read(batch_of(json::array({order_json("1"), order_json("2")}))).value();
  ASSERT_EQ(batch.orders.size(), 2u);
  EXPECT_EQ(batch.orders[1].channel_order_id.str(), "2");
  EXPECT_EQ(batch.orders[1].account.str(), "shop");
  EXPECT_TRUE(batch.refused.empty());
  EXPECT_EQ(batch.next_page_token, "2");
}

TEST(OrderBatchTest, ANullNextPageTokenMarksTheLastPage) {
  json page = batch_of(json::array());
  page["next_page_token"] = nullptr;
  EXPECT_FALSE(read(page).value().next_page_token.has_value());
}

TEST(OrderBatchTest, AMalformedOrderIsRefusedNamingItAndTheFieldWhileTheRestReads) {
  json bad = order_json("2");
  bad["lines"][0]["quantity"] = -3;
  bad["raw"] = "{\"order_id\":\"2\"}";
  const OrderBatch batch =
      read(batch_of(json::array({order_json("1"), bad, order_json("3")}))).value();
  ASSERT_EQ(batch.orders.size(), 2u);
  ASSERT_EQ(batch.refused.size(), 1u);
  EXPECT_EQ(batch.refused[0].channel_order_id, "2");
  EXPECT_EQ(batch.refused[0].error.field, "lines/0/quantity");
  EXPECT_EQ(batch.refused[0].raw, "{\"order_id\":\"2\"}");
}

TEST(OrderBatchTest, AnOrderTheReaderRefusesIsSetAsideToo) {
  json bad = order_json("2");
  bad["totals"]["tax"]["currency"] = "EUR";
  const OrderBatch batch = read(batch_of(json::array({bad}))).value();
  ASSERT_EQ(batch.refused.size(), 1u);
  EXPECT_EQ(batch.refused[0].error.field, "totals/tax/currency");
}

TEST(OrderBatchTest, RejectedPayloadsOfThePluginAreSetAside) {
  json page = batch_of(json::array());
  page["rejected"] = json::array({{{"channel_order_id", "9"},
                                   {"field", "products.7.amount"},
                                   {"message", "quantity is negative"},
                                   {"raw", "{}"}},
                                  {{"channel_order_id", nullptr}, {"message", "not an order"}}});
  const OrderBatch batch = read(page).value();
  ASSERT_EQ(batch.refused.size(), 2u);
  EXPECT_EQ(batch.refused[0].error, (FieldError{"products.7.amount", "quantity is negative"}));
  EXPECT_FALSE(batch.refused[1].channel_order_id.has_value());
}

TEST(OrderBatchTest, OutputThatIsNotJsonRefusesThePage) {
  const auto result = read_order_batch("{\"orders\": [", testing::account_id("shop"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message, "the order batch is not valid JSON");
}

TEST(OrderBatchTest, ABadEnvelopeRefusesThePageNamingWhatIsWrong) {
  json wrong_schema = batch_of(json::array());
  wrong_schema["schema"] = "orderhub.order_batch/2";
  json no_token = batch_of(json::array());
  no_token.erase("next_page_token");
  json orders_not_a_list = batch_of(json::object());
  json numeric_token = batch_of(json::array());
  numeric_token["next_page_token"] = 2;
  for (const json& page : {wrong_schema, no_token, orders_not_a_list, numeric_token}) {
    const auto result = read(page);
    ASSERT_FALSE(result.ok()) << page.dump();
    EXPECT_EQ(result.error().message.rfind("the order batch is invalid: ", 0), 0u)
        << result.error().message;
  }
  const auto result = read(numeric_token);
  EXPECT_NE(result.error().message.find("next_page_token"), std::string::npos)
      << result.error().message;
}

}  // namespace
}  // namespace orderhub::pipeline
