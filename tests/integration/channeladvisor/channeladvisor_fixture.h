// channeladvisor_fixture.h: the shared channel fixture pointed at the ChannelAdvisor sandbox with
// the OAuth refresh configuration, plus what the ChannelAdvisor tests look up: orders by
// marketplace, the sandbox's received writes by kind and order, orders added at the channel, and
// the hub's inventory.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "channel_fixture.h"

namespace orderhub::testing {

ChannelUnderTest channeladvisor_channel();

class ChannelAdvisorFixture : public ChannelFixture {
 protected:
  ChannelAdvisorFixture() : ChannelFixture(channeladvisor_channel()) {}

  // Paid, unshipped, open orders whose marketplace starts with none of `excluded` and with one
  // of `included` (any when empty), never third-party managed.
  std::vector<domain::Order> shippable(const std::vector<std::string>& included,
                                       const std::vector<std::string>& excluded) const;
  // The ordinary ones: neither eBay (whose cancellation opens a dispute) nor Amazon (whose
  // cancellation always restocks).
  std::vector<domain::Order> plain_shippable() const { return shippable({}, {"eBay", "Amazon"}); }

  // The received writes of one kind ("export", "shipment", "adjustment"), all or for one order.
  nlohmann::json received_of(const std::string& kind,
                             const std::optional<std::string>& order_id = std::nullopt) const;

  // Adds an order at the channel (a merge over a generated one) and returns its ID.
  std::string add_channel_order(const nlohmann::json& fields) const;

  // The hub's on-hand quantity of a SKU (0 when it has no inventory row).
  std::int64_t on_hand(const std::string& sku) const;

  domain::Order stored_by_channel_id(const std::string& channel_order_id) const;
};

}  // namespace orderhub::testing
