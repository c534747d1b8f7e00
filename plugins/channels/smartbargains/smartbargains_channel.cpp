// The Smart Bargains channel plugin: one instance per Smart Bargains supplier account. It
// downloads drop-ship purchase orders, acknowledges them, and sends back shipments and invoices
// over Smart Bargains' supplier REST API; cancellations and refunds stay in the hub (Smart
// Bargains handles them on its own site). Every call is a thin step from the orderhub document to
// the module that does the work.
#include <orderhub/sdk.h>

#include <string>
#include <string_view>

#include "config.h"
#include "order_download.h"
#include "order_writes.h"
#include "smartbargains_client.h"
#include "write_requests.h"

namespace orderhub::smartbargains {
namespace {

class SmartBargainsChannel : public sdk::ChannelPlugin {
 public:
  // Checks the configuration only: no request is made until the host calls.
  SmartBargainsChannel(sdk::Host host, std::string_view config_json)
      : config_(parse_config(config_json)), log_(host.log()), client_(host.http(), config_) {}

  std::string download_orders_page(std::string_view request) override {
    return smartbargains::download_orders_page(client_, log_, config_.currency,
                                               read_download_request(request));
  }

  std::string acknowledge_orders(std::string_view request) override {
    return smartbargains::acknowledge_orders(client_, read_acknowledgement_request(request));
  }

  std::string upload_shipment(std::string_view request) override {
    return smartbargains::upload_shipment(client_, read_shipment_request(request));
  }

  std::string upload_invoice(std::string_view request) override {
    return smartbargains::upload_invoice(client_, read_invoice_request(request));
  }

 private:
  SmartBargainsConfig config_;
  sdk::Logger log_;
  SmartBargainsClient client_;
};

}  // namespace
}  // namespace orderhub::smartbargains

ORDERHUB_CHANNEL_PLUGIN(orderhub::smartbargains::SmartBargainsChannel,
                        "org.orderhub.channel.smartbargains", "Smart Bargains", "orderhub",
                        "1.0.0",
                        "Downloads Smart Bargains drop-ship purchase orders and sends back "
                        "acknowledgements, shipments and invoices.",
                        "orders.download", "orders.acknowledge", "shipment.upload",
                        "invoice.upload");
