// The ChannelAdvisor emulator's model without a server: deterministic generation with a realistic
// mix, totals that add up to the cent, and the admin hooks (add, patch, list in the wire shape).
#include "channels/channeladvisor/channeladvisor_emulator.h"

#include <gtest/gtest.h>

#include <set>

namespace orderhub::sandbox::channeladvisor {
namespace {

using nlohmann::json;

TEST(ChannelAdvisorEmulator, TheSameSeedGeneratesTheSameOrders) {
  EXPECT_EQ(generate_orders(7, 40), generate_orders(7, 40));
  EXPECT_NE(generate_orders(7, 40), generate_orders(8, 40));
}

TEST(ChannelAdvisorEmulator, GeneratedOrdersMixMarketplacesStatusesAndNonAsciiNames) {
  std::set<std::string> sites;
  std::set<std::string> shipping;
  std::set<std::string> payment;
  bool non_ascii = false;
  bool several_items = false;
  for (const auto& [id, order] : generate_orders(1, 200)) {
    sites.insert(order["SiteName"].get<std::string>());
    shipping.insert(order["ShippingStatus"].get<std::string>());
    payment.insert(order["PaymentStatus"].get<std::string>());
    for (const char letter : order["ShippingFirstName"].get<std::string>()) {
      non_ascii = non_ascii || static_cast<unsigned char>(letter) >= 0x80;
    }
    several_items = several_items || order["Items"].size() > 1;
    // The totals add up to the cent.
    std::int64_t items = 0;
    std::int64_t tax = 0;
    for (const json& item : order["Items"]) {
      items += *cents_of(item["UnitPrice"]) * item["Quantity"].get<std::int64_t>();
      tax += *cents_of(item["TaxPrice"]);
    }
    EXPECT_EQ(*cents_of(order["TotalTaxPrice"]), tax) << id;
    EXPECT_EQ(*cents_of(order["TotalPrice"]), items + tax + *cents_of(order["TotalShippingPrice"]))
        << id;
  }
  EXPECT_EQ(sites.size(), 4u);
  EXPECT_EQ(shipping, (std::set<std::string>{"Unshipped", "PendingShipment", "PartiallyShipped",
                                             "Shipped", "Canceled", "ThirdPartyManaged"}));
  EXPECT_EQ(payment, (std::set<std::string>{"NotYetSubmitted", "Submitted", "Cleared", "Failed",
                                            "Deposited"}));
  EXPECT_TRUE(non_ascii);
  EXPECT_TRUE(several_items);
}

TEST(ChannelAdvisorEmulator, AdminAddsAndPatchesOrdersInTheWireShape) {
  ReceivedLog received;
  ChannelAdvisorEmulator emulator(received);
  emulator.reset(GenerationSettings{3, 5});
  const Reply added = emulator.admin_add_order(
      R"({"SiteName": "Amazon Seller Central - US", "ShippingStatus": "ThirdPartyManaged",
          "Items": [{"ID": 9001, "Sku": "X-1", "Quantity": 2, "UnitPrice": 10.5, "TaxPrice": 1.47}]})");
  ASSERT_EQ(added.status, 201) << added.body;
  const json order = json::parse(added.body);
  EXPECT_EQ(order["ID"], 500006);
  EXPECT_EQ(order["ShippingStatus"], "ThirdPartyManaged");
  EXPECT_EQ(*cents_of(order["TotalPrice"]), 2100 + 147 + *cents_of(order["TotalShippingPrice"]));

  const Reply patched = emulator.admin_change_order("500006", R"({"ShippingStatus": "Canceled"})");
  ASSERT_EQ(patched.status, 200) << patched.body;
  const json listed = json::parse(emulator.admin_list_orders().body)["orders"];
  ASSERT_EQ(listed.size(), 6u);
  EXPECT_EQ(listed[5]["ShippingStatus"], "Canceled");
  EXPECT_EQ(listed[5]["IsExported"], false);
  EXPECT_EQ(emulator.admin_change_order("1", "{}").status, 404);
  EXPECT_EQ(emulator.admin_change_order("500006", R"({"ID": 7})").status, 400);
}

TEST(ChannelAdvisorEmulator, AmountsAreExactOnTheWire) {
  EXPECT_EQ(amount_json(2598).dump(), "25.98");
  EXPECT_EQ(cents_of(json::parse("25.98")), 2598);
  EXPECT_EQ(cents_of(json(5)), 500);
  EXPECT_EQ(unix_milliseconds_of("2026-11-23T16:00:00.250Z"), 1795449600250);
  EXPECT_FALSE(unix_milliseconds_of("2026-11-23T16:00:00").has_value());
}

}  // namespace
}  // namespace orderhub::sandbox::channeladvisor
