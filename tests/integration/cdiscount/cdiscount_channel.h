// cdiscount_channel.h: the Cdiscount channel for ChannelFixture: the sandbox's cdiscount
// emulator, the cdiscount plugin with the sandbox's seller credentials, and helpers to read what
// the emulator received per order.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "channel_fixture.h"

namespace orderhub::testing {

inline ChannelUnderTest cdiscount_channel(std::vector<std::string> settings = {}) {
  ChannelUnderTest channel;
  channel.sandbox_channel = "cdiscount";
  channel.plugin = "cdiscount";
  channel.wire_order_id_field = "OrderNumber";
  channel.settings = std::move(settings);
  channel.config = [](const SandboxProcess& sandbox) {
    return nlohmann::json{{"base_url", sandbox.channel_url("cdiscount")},
                          {"token_url", sandbox.channel_url("cdiscount")},
                          {"login", "sandbox-seller"},
                          {"password", "sandbox-password"}};
  };
  return channel;
}

// The received entries of one kind ("shipment", "acceptance") for one order.
inline std::vector<nlohmann::json> received_for(const nlohmann::json& received,
                                                const std::string& kind,
                                                const std::string& order_number) {
  std::vector<nlohmann::json> found;
  for (const nlohmann::json& entry : received) {
    if (entry.at("kind") == kind && entry.at("order_id") == order_number) {
      found.push_back(entry);
    }
  }
  return found;
}

}  // namespace orderhub::testing
