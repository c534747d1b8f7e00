// The Overstock (Supplier Oasis) channel plugin: one instance per supplier account. It downloads
// sales orders by time window, acknowledges them, and sends back ship confirmations, short ships
// (cancellations), returns (refunds) and backorder inventory; each call is a thin step from the
// orderhub document to the module that does the work.
#include <orderhub/sdk.h>

#include <string>
#include <string_view>

#include "config.h"
#include "order_download.h"
#include "overstock_client.h"
#include "refund_upload.h"
#include "shipment_upload.h"
#include "simple_feeds.h"
#include "write_requests.h"

namespace orderhub::overstock {
namespace {

class OverstockChannel : public sdk::ChannelPlugin {
 public:
  // Checks the configuration only: no request is made until the host calls.
  OverstockChannel(sdk::Host host, std::string_view config_json)
      : config_(parse_config(config_json)), log_(host.log()), client_(host.http(), config_) {}

  std::string download_orders_page(std::string_view request) override {
    return overstock::download_orders_page(client_, log_, config_.currency,
                                           read_download_request(request));
  }

  std::string acknowledge_orders(std::string_view request) override {
    return overstock::acknowledge_orders(client_, read_acknowledgement_request(request));
  }

  std::string upload_shipment(std::string_view request) override {
    return overstock::upload_shipment(client_, config_.warehouse_code,
                                      read_shipment_request(request));
  }

  std::string cancel_order(std::string_view request) override {
    return overstock::cancel_order(client_, config_.warehouse_code,
                                   read_cancellation_request(request));
  }

  std::string refund_order(std::string_view request) override {
    return overstock::refund_order(client_, config_.currency, read_refund_request(request));
  }

  std::string push_inventory(std::string_view request) override {
    return overstock::push_inventory(client_, config_.warehouse_code,
                                     read_inventory_request(request));
  }

 private:
  OverstockConfig config_;
  sdk::Logger log_;
  OverstockClient client_;
};

}  // namespace
}  // namespace orderhub::overstock

ORDERHUB_CHANNEL_PLUGIN(orderhub::overstock::OverstockChannel, "org.orderhub.channel.overstock",
                        "Overstock", "orderhub", "1.0.0",
                        "Downloads Overstock (Supplier Oasis) sales orders, acknowledges them, and "
                        "sends back ship confirmations, short ships, returns and backorder "
                        "inventory.",
                        "orders.download", "orders.acknowledge", "shipment.upload",
                        "cancel.channel", "refund.channel", "inventory.backorder");
