// Malformed Cdiscount orders are rejected with the order and the field named, and the rest of the
// page still maps; a cut-off or foreign answer fails the whole page with a clear message.
#include <gtest/gtest.h>

#include <orderhub/sdk/error.h>

#include "cdiscount_test_support.h"
#include "order_download.h"
#include "order_mapping.h"

namespace orderhub::cdiscount {
namespace {

using testing::order_list_envelope;
using testing::reply_of;

std::string order_xml(const std::string& number, const std::string& state,
                      const std::string& created, const std::string& quantity,
                      const std::string& price) {
  return "<Order><CreationDate>" + created +
         "</CreationDate><InitialTotalAmount>10.00</InitialTotalAmount>"
         "<InitialTotalShippingChargesAmount>0</InitialTotalShippingChargesAmount>"
         "<ModifiedDate>2026-11-20T10:00:00</ModifiedDate><OrderLineList><OrderLine><Name>Mug"
         "</Name><PurchasePrice>" +
         price + "</PurchasePrice><Quantity>" + quantity +
         "</Quantity><SellerProductId>MUG</SellerProductId><UnitShippingCharges>0"
         "</UnitShippingCharges></OrderLine></OrderLineList>" +
         (number.empty() ? "" : "<OrderNumber>" + number + "</OrderNumber>") + "<OrderState>" +
         state + "</OrderState></Order>";
}

std::string good(const std::string& number) {
  return order_xml(number, "WaitingForShipmentAcceptation", "2026-11-20T09:00:00", "2", "10.00");
}

struct Outcome {
  std::vector<nlohmann::json> orders;
  std::vector<Rejection> rejected;
};

Outcome map_page(const std::string& orders_xml) {
  const SoapReply reply = reply_of(order_list_envelope(orders_xml));
  Outcome outcome;
  for (const pugi::xml_node& node : orders_of(reply.result)) {
    OrderMapping mapping = map_order(node, "EUR");
    if (mapping.order) {
      outcome.orders.push_back(*mapping.order);
    } else {
      outcome.rejected.push_back(mapping.rejection);
    }
  }
  return outcome;
}

void expect_one_rejected(const std::string& bad_order, const std::optional<std::string>& id,
                         const std::string& field) {
  const Outcome outcome = map_page(good("A1") + bad_order + good("A2"));
  ASSERT_EQ(outcome.orders.size(), 2u);
  ASSERT_EQ(outcome.rejected.size(), 1u);
  EXPECT_EQ(outcome.rejected[0].channel_order_id, id);
  EXPECT_EQ(outcome.rejected[0].field, field) << outcome.rejected[0].message;
  EXPECT_FALSE(outcome.rejected[0].raw.empty());
}

TEST(CdiscountMalformedOrder, MissingOrderNumberIsRejectedAndTheRestImports) {
  expect_one_rejected(order_xml("", "Shipped", "2026-11-20T09:00:00", "1", "5"), std::nullopt,
                      "OrderNumber");
}

TEST(CdiscountMalformedOrder, BadCreationDateIsRejectedNamingTheField) {
  expect_one_rejected(order_xml("B1", "Shipped", "2026-02-30T09:00:00", "1", "5"), "B1",
                      "CreationDate");
  expect_one_rejected(order_xml("B2", "Shipped", "yesterday", "1", "5"), "B2", "CreationDate");
}

TEST(CdiscountMalformedOrder, NegativeQuantityIsRejectedNamingTheLine) {
  expect_one_rejected(order_xml("C1", "Shipped", "2026-11-20T09:00:00", "-1", "5"), "C1",
                      "OrderLineList.OrderLine.1.Quantity");
}

TEST(CdiscountMalformedOrder, UnknownOrderStateIsRejectedNotGuessed) {
  expect_one_rejected(order_xml("D1", "Teleported", "2026-11-20T09:00:00", "1", "5"), "D1",
                      "OrderState");
}

TEST(CdiscountMalformedOrder, BadMoneyIsRejectedNamingTheAmount) {
  expect_one_rejected(order_xml("E1", "Shipped", "2026-11-20T09:00:00", "1", "5,00"), "E1",
                      "OrderLineList.OrderLine.1.PurchasePrice");
  expect_one_rejected(order_xml("E2", "Shipped", "2026-11-20T09:00:00", "1", "1.005"), "E2",
                      "OrderLineList.OrderLine.1.PurchasePrice");
}

TEST(CdiscountMalformedOrder, TruncatedAnswerFailsThePageAsRetryable) {
  const std::string whole = order_list_envelope(good("A1") + good("A2"));
  try {
    reply_of(whole.substr(0, whole.size() / 2));
    FAIL() << "a cut-off answer was accepted";
  } catch (const sdk::Error& error) {
    EXPECT_EQ(error.status(), sdk::Status::UNAVAILABLE);
    EXPECT_NE(std::string(error.what()).find("not a complete SOAP envelope"), std::string::npos)
        << error.what();
  }
}

TEST(CdiscountMalformedOrder, OperationFailureFailsThePageQuotingCdiscount) {
  const std::string body =
      "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
      "<GetOrderListResponse xmlns=\"http://www.cdiscount.com\"><GetOrderListResult>"
      "<ErrorMessage>Le filtre est invalide</ErrorMessage><OperationSuccess>false"
      "</OperationSuccess></GetOrderListResult></GetOrderListResponse></s:Body></s:Envelope>";
  try {
    reply_of(body);
    FAIL() << "a failed operation was accepted";
  } catch (const sdk::Error& error) {
    EXPECT_EQ(error.status(), sdk::Status::FAILED_PRECONDITION);
    EXPECT_NE(std::string(error.what()).find("Le filtre est invalide"), std::string::npos);
  }
}

}  // namespace
}  // namespace orderhub::cdiscount
