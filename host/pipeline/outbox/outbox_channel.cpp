// outbox_channel.cpp: which plugin function delivers which kind of outbox row.
#include "pipeline/outbox/outbox_channel.h"

namespace orderhub::pipeline {

loader::CallResult PluginOutboxChannel::deliver(domain::OutboxKind kind,
                                                std::string_view document) {
  switch (kind) {
    case domain::OutboxKind::acknowledgement:
      return instance_.acknowledge_orders(document);
    case domain::OutboxKind::shipment:
      return instance_.upload_shipment(document);
    case domain::OutboxKind::cancellation:
      return instance_.cancel_order(document);
    case domain::OutboxKind::refund:
      return instance_.refund_order(document);
    case domain::OutboxKind::invoice:
      return instance_.upload_invoice(document);
    case domain::OutboxKind::inventory:
      return instance_.push_inventory(document);
  }
  loader::CallResult unknown;
  unknown.status = loader::StatusCode::unimplemented;
  unknown.message = "no plugin call delivers outbox rows of this kind";
  return unknown;
}

}  // namespace orderhub::pipeline
