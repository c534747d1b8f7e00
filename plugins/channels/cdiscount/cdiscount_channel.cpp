// The Cdiscount channel plugin: one instance per Cdiscount seller account. It downloads orders
// and sends back acceptances and shipments over the Marketplace API (SOAP 1.1). Cancellations
// and refunds are made in Cdiscount's own back office, so the plugin declares neither and the hub
// keeps them internal.
#include <orderhub/sdk.h>

#include <string>
#include <string_view>

#include "cdiscount_client.h"
#include "config.h"
#include "order_download.h"
#include "order_validation.h"

namespace orderhub::cdiscount {
namespace {

class CdiscountChannel : public sdk::ChannelPlugin {
 public:
  // Checks the configuration only: no request is made until the host calls.
  CdiscountChannel(sdk::Host host, std::string_view config_json)
      : config_(parse_config(config_json)),
        log_(host.log()),
        client_(host.http(), host.kv(), host.clock(), config_) {}

  std::string download_orders_page(std::string_view request) override {
    return cdiscount::download_orders_page(client_, log_, config_.currency,
                                           read_download_request(request));
  }

  std::string acknowledge_orders(std::string_view request) override {
    return cdiscount::acknowledge_orders(client_, request);
  }

  std::string upload_shipment(std::string_view request) override {
    return cdiscount::upload_shipment(client_, request);
  }

 private:
  CdiscountConfig config_;
  sdk::Logger log_;
  CdiscountClient client_;
};

}  // namespace
}  // namespace orderhub::cdiscount

ORDERHUB_CHANNEL_PLUGIN(orderhub::cdiscount::CdiscountChannel, "org.orderhub.channel.cdiscount",
                        "Cdiscount", "orderhub", "1.0.0",
                        "Downloads Cdiscount Marketplace orders and sends back acceptances and "
                        "shipments.",
                        "orders.download", "orders.acknowledge", "shipment.upload");
