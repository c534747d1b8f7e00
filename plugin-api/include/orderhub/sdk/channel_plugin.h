// orderhub/sdk/channel_plugin.h: the base class of a channel plugin. Derive from it, give the
// derived class a constructor (orderhub::sdk::Host host, std::string_view config_json), override
// the calls behind the capabilities you declare, and export it with ORDERHUB_CHANNEL_PLUGIN.
//
// Every call takes the request document (UTF-8 JSON, borrowed for the call) and returns the
// response document; see docs/documents.md and plugin-api/schema/. To fail, throw
// orderhub::sdk::Error; anything else thrown becomes INTERNAL. The host never calls one instance
// from two threads at once.
#ifndef ORDERHUB_SDK_CHANNEL_PLUGIN_H
#define ORDERHUB_SDK_CHANNEL_PLUGIN_H

#include <string>
#include <string_view>

#include "error.h"

namespace orderhub::sdk {

class ChannelPlugin {
 public:
  virtual ~ChannelPlugin() = default;

  // "orders.download": orderhub.download_request/1 -> orderhub.order_batch/1 (one page).
  virtual std::string download_orders_page(std::string_view request) {
    return unimplemented(request, "download_orders_page");
  }
  // "orders.acknowledge": orderhub.acknowledgement/1 -> orderhub.delivery_result/1.
  virtual std::string acknowledge_orders(std::string_view request) {
    return unimplemented(request, "acknowledge_orders");
  }
  // "shipment.upload": orderhub.shipment/1 -> orderhub.delivery_result/1.
  virtual std::string upload_shipment(std::string_view request) {
    return unimplemented(request, "upload_shipment");
  }
  // "cancel.channel": orderhub.cancellation/1 -> orderhub.delivery_result/1.
  virtual std::string cancel_order(std::string_view request) {
    return unimplemented(request, "cancel_order");
  }
  // "refund.channel": orderhub.refund/1 -> orderhub.delivery_result/1.
  virtual std::string refund_order(std::string_view request) {
    return unimplemented(request, "refund_order");
  }
  // "invoice.upload": orderhub.invoice_upload/1 -> orderhub.delivery_result/1.
  virtual std::string upload_invoice(std::string_view request) {
    return unimplemented(request, "upload_invoice");
  }
  // "inventory.backorder": orderhub.inventory_update/1 -> orderhub.delivery_result/1.
  virtual std::string push_inventory(std::string_view request) {
    return unimplemented(request, "push_inventory");
  }

 private:
  // Reached only when a capability is declared but its call not overridden.
  static std::string unimplemented(std::string_view, const char* call) {
    throw Error(Status::UNIMPLEMENTED,
                std::string("this channel plugin does not implement ") + call);
  }
};

}  // namespace orderhub::sdk

#endif  // ORDERHUB_SDK_CHANNEL_PLUGIN_H
