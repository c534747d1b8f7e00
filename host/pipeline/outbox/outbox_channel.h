// outbox_channel.h: the channel as the outbox worker sees it: one call per row, chosen by the row's
// kind. An interface so the delivery loop runs against a real plugin instance in production and a
// scripted fake channel in tests.
#pragma once

#include <string_view>

#include "domain/outbox.h"
#include "orderhub/loader/call_result.h"
#include "orderhub/loader/plugin_instance.h"

namespace orderhub::pipeline {

class OutboxChannel {
 public:
  virtual ~OutboxChannel() = default;
  // Sends one row's document; the result is the plugin's status, message, Retry-After and, on
  // OK, its orderhub.delivery_result/1 document.
  virtual loader::CallResult deliver(domain::OutboxKind kind, std::string_view document) = 0;
};

// A plugin instance: acknowledgement -> acknowledge_orders, shipment -> upload_shipment,
// cancellation -> cancel_order, refund -> refund_order, invoice -> upload_invoice, inventory ->
// push_inventory.
class PluginOutboxChannel final : public OutboxChannel {
 public:
  explicit PluginOutboxChannel(loader::PluginInstance& instance) : instance_(instance) {}

  loader::CallResult deliver(domain::OutboxKind kind, std::string_view document) override;

 private:
  loader::PluginInstance& instance_;
};

}  // namespace orderhub::pipeline
