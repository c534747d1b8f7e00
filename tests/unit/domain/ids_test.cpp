// ids_test.cpp: account ids and channel order ids.
#include <gtest/gtest.h>

#include <string>

#include "domain/ids.h"

namespace orderhub::domain {
namespace {

TEST(AccountId, AcceptsLowercaseNamesWithDigitsDashesAndUnderscores) {
  for (const std::string& text : {std::string("a"), std::string("shop-1"), std::string("ebay_us"),
                                  std::string("0store"), std::string(64, 'x')}) {
    Result<AccountId> id = AccountId::parse(text);
    ASSERT_TRUE(id.ok()) << text;
    EXPECT_EQ(id->str(), text);
  }
}

TEST(AccountId, RefusesOtherNamesQuotingThem) {
  const std::string too_long(65, 'x');
  for (const std::string& text :
       {std::string(""), std::string("Shop"), std::string("-shop"), std::string("_shop"),
        std::string("shop one"), std::string("shop.one"), too_long}) {
    Result<AccountId> id = AccountId::parse(text);
    ASSERT_FALSE(id.ok()) << text;
    EXPECT_NE(id.error().message.find("\"" + text + "\""), std::string::npos);
  }
}

TEST(ChannelOrderId, KeepsAnyPrintableTextVerbatim) {
  EXPECT_EQ(ChannelOrderId::parse("114-1234567-7654321").value().str(), "114-1234567-7654321");
  EXPECT_EQ(ChannelOrderId::parse("Order #1 / é").value().str(), "Order #1 / é");
  EXPECT_FALSE(ChannelOrderId::parse("").ok());
  EXPECT_FALSE(ChannelOrderId::parse("12\n3").ok());
  EXPECT_FALSE(ChannelOrderId::parse(std::string(256, '1')).ok());
}

TEST(OrderId, ComparesByValue) {
  EXPECT_EQ(OrderId{7}, OrderId{7});
  EXPECT_LT(OrderId{7}, OrderId{8});
  EXPECT_EQ(OrderId{}.value, 0);
}

}  // namespace
}  // namespace orderhub::domain
