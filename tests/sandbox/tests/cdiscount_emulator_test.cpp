// The Cdiscount emulator without a server: deterministic generated orders, the token service,
// SOAP faults for bad envelopes and unknown tokens, GetOrderList filters, and ValidateOrderList's
// per-order results and received entries.
#include "channels/cdiscount/cdiscount_emulator.h"
#include "channels/cdiscount/cdiscount_orders.h"
#include "core/decimal_text.h"

#include <gtest/gtest.h>

namespace orderhub::sandbox::cdiscount {
namespace {

using nlohmann::json;

class CdiscountEmulatorTest : public ::testing::Test {
 protected:
  void SetUp() override { emulator_.reset(GenerationSettings{3, 60}); }

  std::string token() {
    httplib::Request request;
    request.set_header("Authorization", "Basic c2FuZGJveC1zZWxsZXI6c2FuZGJveC1wYXNzd29yZA==");
    request.params.emplace("realm", "https://wsvc.cdiscount.com/MarketplaceAPIService.svc");
    const Reply reply = emulator_.issue_token(request);
    EXPECT_EQ(reply.status, 200);
    const auto start = reply.body.find('>') + 1;
    return reply.body.substr(start, reply.body.find('<', start) - start);
  }

  Reply call(const std::string& operation, const std::string& inner, const std::string& token_id) {
    httplib::Request request;
    request.path = "/cdiscount/MarketplaceAPIService.svc";
    request.set_header("SOAPAction",
                       "\"http://www.cdiscount.com/IMarketplaceAPIService/" + operation + "\"");
    request.body = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><" +
                   operation +
                   " xmlns=\"http://www.cdiscount.com\"><headerMessage><Security><TokenId>" +
                   token_id + "</TokenId></Security></headerMessage>" + inner + "</" + operation +
                   "></s:Body></s:Envelope>";
    return emulator_.soap(request);
  }

  json order_in_state(const std::string& state) {
    const json listed = json::parse(emulator_.admin_list_orders().body);
    for (const json& order : listed["orders"]) {
      if (order["OrderState"] == state) {
        return order;
      }
    }
    ADD_FAILURE() << "no order is " << state;
    return json();
  }

  ReceivedLog received_;
  CdiscountEmulator emulator_{received_};
};

TEST(CdiscountGenerator, SameSeedGivesSameOrdersWithConsistentTotals) {
  const auto first = generate_orders(11, 15);
  EXPECT_EQ(first, generate_orders(11, 15));
  EXPECT_NE(first, generate_orders(12, 15));
  std::set<std::string> states;
  bool accented = false;
  for (const json& order : first) {
    EXPECT_EQ(order_problem(order), std::nullopt);
    EXPECT_EQ(minor_units_from_json(order["InitialTotalAmount"]), computed_total_cents(order));
    EXPECT_GE(order["OrderLineList"].size(), 1u);
    states.insert(order["OrderState"]);
    accented = accented || order["ShippingAddress"]["FirstName"].get<std::string>().find("\xC3") !=
                               std::string::npos;
  }
  EXPECT_GE(states.size(), 3u);
  EXPECT_TRUE(accented);
}

TEST_F(CdiscountEmulatorTest, TokenServiceRefusesWrongCredentials) {
  httplib::Request request;
  request.set_header("Authorization",
                     "Basic c2FuZGJveC1zZWxsZXI6d3Jvbmc=");  // sandbox-seller:wrong
  request.params.emplace("realm", "x");
  EXPECT_EQ(emulator_.issue_token(request).status, 401);
}

TEST_F(CdiscountEmulatorTest, UnknownTokenIsA401SoapFault) {
  const Reply reply = call("GetOrderList", "<orderFilter/>", "forged");
  EXPECT_EQ(reply.status, 401);
  EXPECT_NE(reply.body.find("<s:Fault>"), std::string::npos);
}

TEST_F(CdiscountEmulatorTest, BadEnvelopeAndWrongSoapActionAreClientFaults) {
  httplib::Request request;
  request.body = "<s:Envelope><s:Body>";
  EXPECT_EQ(emulator_.soap(request).status, 500);
  const std::string valid_token = token();
  httplib::Request mismatched;
  mismatched.set_header("SOAPAction", "\"http://www.cdiscount.com/IMarketplaceAPIService/Other\"");
  mismatched.body =
      "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
      "<GetOrderList/></s:Body></s:Envelope>";
  const Reply reply = emulator_.soap(mismatched);
  EXPECT_EQ(reply.status, 500);
  EXPECT_NE(reply.body.find("s:Client"), std::string::npos);
}

TEST_F(CdiscountEmulatorTest, GetOrderListFiltersByReferenceAndState) {
  const std::string valid_token = token();
  const json order = order_in_state("WaitingForShipmentAcceptation");
  const std::string number = order["OrderNumber"];
  const Reply by_reference =
      call("GetOrderList",
           "<orderFilter><FetchOrderLines>true</FetchOrderLines><OrderReferenceList><string>" +
               number + "</string></OrderReferenceList></orderFilter>",
           valid_token);
  EXPECT_EQ(by_reference.status, 200);
  EXPECT_NE(by_reference.body.find("<OrderNumber>" + number + "</OrderNumber>"), std::string::npos);
  EXPECT_NE(by_reference.body.find("<OrderLineList>"), std::string::npos);
  const Reply shipped_only =
      call("GetOrderList",
           "<orderFilter><States><OrderStateEnum>Shipped</OrderStateEnum></States></orderFilter>",
           valid_token);
  EXPECT_EQ(shipped_only.body.find("WaitingForShipmentAcceptation"), std::string::npos);
}

TEST_F(CdiscountEmulatorTest, ValidationOfAWrongStateFailsThatOrderInsideASuccessfulEnvelope) {
  const std::string valid_token = token();
  const json waiting = order_in_state("WaitingForShipmentAcceptation");
  const json unpaid = order_in_state("PaymentInProgress");
  const auto ship = [](const json& order) {
    std::string lines;
    for (const json& line : order["OrderLineList"]) {
      lines +=
          "<ValidateOrderLine><AcceptationState>ShippedBySeller</AcceptationState>"
          "<SellerProductId>" +
          line["SellerProductId"].get<std::string>() + "</SellerProductId></ValidateOrderLine>";
    }
    return "<ValidateOrder><CarrierName>Colissimo</CarrierName><OrderLineList>" + lines +
           "</OrderLineList><OrderNumber>" + order["OrderNumber"].get<std::string>() +
           "</OrderNumber><OrderState>Shipped</OrderState><TrackingNumber>6A7</TrackingNumber>"
           "</ValidateOrder>";
  };
  const Reply reply = call("ValidateOrderList",
                           "<validateOrderListMessage><OrderList>" + ship(waiting) + ship(unpaid) +
                               "</OrderList></validateOrderListMessage>",
                           valid_token);
  EXPECT_EQ(reply.status, 200);
  EXPECT_NE(reply.body.find("true</OperationSuccess>"), std::string::npos);
  EXPECT_NE(reply.body.find("<Validated>true</Validated>"), std::string::npos);
  EXPECT_NE(reply.body.find("<Validated>false</Validated>"), std::string::npos);
  const json received = received_.to_json(std::nullopt)["received"];
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0]["kind"], "shipment");
  EXPECT_EQ(received[0]["order_id"], waiting["OrderNumber"]);
  EXPECT_EQ(received[0]["body"]["TrackingNumber"], "6A7");
  EXPECT_EQ(order_in_state("Shipped").is_null(), false);
}

TEST_F(CdiscountEmulatorTest, AdminPatchChangesStateAndBumpsModifiedDate) {
  const json order = order_in_state("PaymentInProgress");
  const Reply reply = emulator_.admin_change_order(
      order["OrderNumber"], R"({"OrderState": "WaitingForShipmentAcceptation"})");
  EXPECT_EQ(reply.status, 200);
  const json changed = json::parse(reply.body);
  EXPECT_EQ(changed["OrderState"], "WaitingForShipmentAcceptation");
  EXPECT_NE(changed["ModifiedDate"], order["ModifiedDate"]);
  EXPECT_EQ(emulator_.admin_change_order("nope", "{}").status, 404);
}

}  // namespace
}  // namespace orderhub::sandbox::cdiscount
