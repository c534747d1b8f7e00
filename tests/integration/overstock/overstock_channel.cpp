// overstock_channel.cpp: the Overstock account against the sandbox, and received-log helpers.
#include "overstock_channel.h"

namespace orderhub::testing {

ChannelUnderTest overstock_channel() {
  ChannelUnderTest channel;
  channel.sandbox_channel = "overstock";
  channel.plugin = "overstock";
  channel.wire_order_id_field = "salesChannelOrderNumber";
  channel.config = [](const SandboxProcess& sandbox) {
    return nlohmann::json{{"base_url", sandbox.channel_url("overstock")},
                          {"username", "supplier"},
                          {"password", "sandbox-password"},
                          {"warehouse_code", "WH1"}};
  };
  return channel;
}

std::vector<nlohmann::json> OverstockFixture::received_kind(const std::string& kind) const {
  std::vector<nlohmann::json> entries;
  for (const nlohmann::json& entry : received()) {
    if (entry.at("kind") == kind) {
      entries.push_back(entry);
    }
  }
  return entries;
}

std::vector<nlohmann::json> OverstockFixture::received_with_key(const std::string& key) const {
  std::vector<nlohmann::json> entries;
  for (const nlohmann::json& entry : received()) {
    if (entry.at("body").value("idempotencyKey", std::string()) == key) {
      entries.push_back(entry);
    }
  }
  return entries;
}

std::string OverstockFixture::key_of(domain::OrderId order, domain::OutboxKind kind) const {
  for (const domain::OutboxRow& row : outbox()) {
    if (row.order_id == order && row.kind == kind) {
      return row.idempotency_key;
    }
  }
  ADD_FAILURE() << "no " << to_string(kind) << " row for order " << order.value;
  return "";
}

}  // namespace orderhub::testing
