// overstock_channel.h: the Overstock account the end-to-end tests run (sandbox channel, plugin,
// credentials), and reading what the sandbox received by kind and by idempotency key.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "channel_fixture.h"

namespace orderhub::testing {

ChannelUnderTest overstock_channel();

class OverstockFixture : public ChannelFixture {
 protected:
  OverstockFixture() : ChannelFixture(overstock_channel()) {}

  // The received entries of one kind ("shipment", "cancellation", "return", "acknowledgement").
  std::vector<nlohmann::json> received_kind(const std::string& kind) const;
  // The entries whose body carries this idempotency key.
  std::vector<nlohmann::json> received_with_key(const std::string& key) const;
  // The outbox row's idempotency key for an order and kind.
  std::string key_of(domain::OrderId order, domain::OutboxKind kind) const;
};

}  // namespace orderhub::testing
