// The pure parts of the write calls and the client: the ValidateOrderList message, reading its
// per-order results (a Validated false inside an OperationSuccess true envelope is a failure),
// SOAP faults, and the configuration and wire values they rely on.
#include <gtest/gtest.h>

#include <orderhub/sdk/error.h>

#include "cdiscount_test_support.h"
#include "config.h"
#include "order_state.h"
#include "order_validation.h"
#include "wire_values.h"

namespace orderhub::cdiscount {
namespace {

using testing::reply_of;

std::string validate_answer(const std::string& results) {
  return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
         "<ValidateOrderListResponse xmlns=\"http://www.cdiscount.com\"><ValidateOrderListResult>"
         "<OperationSuccess>true</OperationSuccess><ValidateOrderResults>" +
         results +
         "</ValidateOrderResults></ValidateOrderListResult></ValidateOrderListResponse>"
         "</s:Body></s:Envelope>";
}

sdk::Status status_of_validation(const std::string& results) {
  const SoapReply reply = reply_of(validate_answer(results), "ValidateOrderList");
  try {
    check_validate_results(reply.result);
  } catch (const sdk::Error& error) {
    return error.status();
  }
  return sdk::Status::OK;
}

TEST(CdiscountValidation, PerOrderFailureInsideSuccessfulEnvelopeIsAPermanentFailure) {
  EXPECT_EQ(status_of_validation("<ValidateOrderResult><Errors><Error><ErrorType>ValidationError"
                                 "</ErrorType><Message>cannot ship</Message></Error></Errors>"
                                 "<OrderNumber>A1</OrderNumber><Validated>false</Validated>"
                                 "</ValidateOrderResult>"),
            sdk::Status::FAILED_PRECONDITION);
}

TEST(CdiscountValidation, TechnicalErrorOfOneOrderIsRetryable) {
  EXPECT_EQ(status_of_validation("<ValidateOrderResult><Errors><Error><ErrorType>TechnicalError"
                                 "</ErrorType><Message>try later</Message></Error></Errors>"
                                 "<OrderNumber>A1</OrderNumber><Validated>false</Validated>"
                                 "</ValidateOrderResult>"),
            sdk::Status::UNAVAILABLE);
}

TEST(CdiscountValidation, ValidatedOrdersPass) {
  EXPECT_EQ(status_of_validation("<ValidateOrderResult><Errors/><OrderNumber>A1</OrderNumber>"
                                 "<Validated>true</Validated></ValidateOrderResult>"),
            sdk::Status::OK);
}

TEST(CdiscountValidation, ShippingMessageCarriesStatesCarrierAndTracking) {
  ValidateOrder ship;
  ship.order_number = "A1";
  ship.order_state = "Shipped";
  ship.line_state = "ShippedBySeller";
  ship.lines = {{"MUG&CO", "New"}};
  ship.carrier_name = "Colissimo";
  ship.tracking_number = "6A123";
  ship.tracking_url = tracking_url_for("Colissimo", "6A123");
  EXPECT_EQ(validate_message_xml({ship}),
            "<validateOrderListMessage><OrderList><ValidateOrder><CarrierName>Colissimo"
            "</CarrierName><OrderLineList><ValidateOrderLine><AcceptationState>ShippedBySeller"
            "</AcceptationState><ProductCondition>New</ProductCondition><SellerProductId>"
            "MUG&amp;CO</SellerProductId></ValidateOrderLine></OrderLineList><OrderNumber>A1"
            "</OrderNumber><OrderState>Shipped</OrderState><TrackingNumber>6A123"
            "</TrackingNumber><TrackingUrl>https://www.laposte.fr/outils/suivre-vos-envois?"
            "code=6A123</TrackingUrl></ValidateOrder></OrderList></validateOrderListMessage>");
}

TEST(CdiscountClientAnswers, ClientFaultIsPermanentAndServerFaultRetryable) {
  const auto fault = [](const char* code) {
    return std::string(
               "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
               "<s:Body><s:Fault><faultcode>s:") +
           code + "</faultcode><faultstring>bad</faultstring></s:Fault></s:Body></s:Envelope>";
  };
  for (const auto& [code, expected] :
       {std::pair{"Client", sdk::Status::INVALID_ARGUMENT}, {"Server", sdk::Status::UNAVAILABLE}}) {
    try {
      reply_of(fault(code), "GetOrderList", 500);
      FAIL() << code;
    } catch (const sdk::Error& error) {
      EXPECT_EQ(error.status(), expected) << code;
    }
  }
}

TEST(CdiscountStates, UnpaidStatesAreAskedForOnlyWhenAllowed) {
  const auto without = states_to_download(false);
  const auto with = states_to_download(true);
  EXPECT_EQ(with.size(), without.size() + 3);
  for (const std::string_view state : without) {
    EXPECT_FALSE(is_unpaid_state(state)) << state;
  }
  EXPECT_EQ(meaning_of_state("PaymentInProgress")->payment_status, "no_payment");
  EXPECT_EQ(meaning_of_state("WaitingForShipmentAcceptation")->payment_status, "charged");
  EXPECT_EQ(meaning_of_state("Shipped")->shipping_status, "fully_shipped");
  EXPECT_TRUE(meaning_of_state("PaymentRefused")->cancelled);
  EXPECT_FALSE(meaning_of_state("Lost").has_value());
}

TEST(CdiscountWireValues, AmountsAreExactMinorUnits) {
  EXPECT_EQ(parse_minor_units("12.5", 2), 1250);
  EXPECT_EQ(parse_minor_units("0.18", 2), 18);
  EXPECT_EQ(parse_minor_units("1", 2), 100);
  EXPECT_EQ(parse_minor_units("19.990", 2), 1999);
  EXPECT_EQ(parse_minor_units("0.1", 2), 10);
  EXPECT_EQ(parse_minor_units("1.005", 2), std::nullopt);
  EXPECT_EQ(parse_minor_units("1e3", 2), std::nullopt);
  EXPECT_EQ(parse_minor_units("99999999999999999999", 2), std::nullopt);
  EXPECT_EQ(format_minor_units(-5, 2), "-0.05");
}

TEST(CdiscountWireValues, TimesRoundTripWithoutTimeZones) {
  EXPECT_EQ(unix_milliseconds_from_wire("1970-01-01T00:00:01.5"), 1500);
  EXPECT_EQ(rfc3339_from_unix_milliseconds(*unix_milliseconds_from_wire("2019-04-29T14:13:07.12")),
            "2019-04-29T14:13:07.120Z");
  EXPECT_EQ(wire_from_unix_seconds(1448517775), "2015-11-26T06:02:55");
  EXPECT_EQ(unix_milliseconds_from_wire("2024-02-30T00:00:00"), std::nullopt);
  EXPECT_EQ(unix_milliseconds_from_rfc3339("2026-11-23T16:00:00"), std::nullopt);
}

TEST(CdiscountConfig, MissingKeysAreRefusedByName) {
  const nlohmann::json good = {{"base_url", "https://wsvc.cdiscount.com"},
                               {"token_url", "https://sts.cdiscount.com"},
                               {"login", "seller"},
                               {"password", "secret-password"}};
  EXPECT_EQ(parse_config(good.dump()).currency, "EUR");
  for (const char* key : {"base_url", "token_url", "login", "password"}) {
    nlohmann::json missing = good;
    missing.erase(key);
    try {
      parse_config(missing.dump());
      FAIL() << key;
    } catch (const sdk::Error& error) {
      EXPECT_EQ(error.status(), sdk::Status::INVALID_ARGUMENT);
      EXPECT_NE(std::string(error.what()).find(key), std::string::npos) << error.what();
    }
  }
  nlohmann::json bad = good;
  bad["timeout_ms"] = 0;
  EXPECT_THROW(parse_config(bad.dump()), sdk::Error);
  bad = good;
  bad["currency"] = "euro";
  EXPECT_THROW(parse_config(bad.dump()), sdk::Error);
  bad = good;
  bad["pasword"] = "typo";
  try {
    parse_config(bad.dump());
    FAIL();
  } catch (const sdk::Error& error) {
    EXPECT_EQ(std::string(error.what()).find("secret-password"), std::string::npos);
  }
}

}  // namespace
}  // namespace orderhub::cdiscount
