// The Smart Bargains channel for the shared end-to-end fixture, and helpers its tests share:
// the received writes of one kind or one order, and the outbox rows of one kind.
#pragma once

#include <string>
#include <vector>

#include "channel_fixture.h"

namespace orderhub::testing {

inline ChannelUnderTest smartbargains_channel() {
  ChannelUnderTest channel;
  channel.sandbox_channel = "smartbargains";
  channel.plugin = "smartbargains";
  channel.wire_order_id_field = "po_number";
  channel.config = [](const SandboxProcess& sandbox) {
    return nlohmann::json{{"base_url", sandbox.channel_url("smartbargains")},
                          {"token", "sandbox-smartbargains-token"}};
  };
  return channel;
}

class SmartBargainsFixture : public ChannelFixture {
 protected:
  SmartBargainsFixture() : ChannelFixture(smartbargains_channel()) {}

  // The received entries of one kind ("acknowledgement", "shipment", "invoice"), optionally only
  // for one purchase order.
  std::vector<nlohmann::json> received_of(const std::string& kind,
                                          const std::string& po_number = "") const {
    std::vector<nlohmann::json> entries;
    for (const nlohmann::json& entry : received()) {
      if (entry.at("kind") == kind && (po_number.empty() || entry.at("order_id") == po_number)) {
        entries.push_back(entry);
      }
    }
    return entries;
  }

  std::vector<domain::OutboxRow> outbox_of(domain::OutboxKind kind) const {
    std::vector<domain::OutboxRow> rows;
    for (const domain::OutboxRow& row : outbox()) {
      if (row.kind == kind) {
        rows.push_back(row);
      }
    }
    return rows;
  }

  // Delivers the acknowledgements the download queued, so a test starts from a quiet outbox.
  void deliver_acknowledgements() const { must({"sync"}); }
};

}  // namespace orderhub::testing
