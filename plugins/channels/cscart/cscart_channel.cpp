// The CS-Cart channel plugin: one instance per CS-Cart store account. It downloads orders and
// sends back shipments, cancellations and refunds over CS-Cart's REST API; every call is a thin
// step from the orderhub document to the module that does the work.
#include <orderhub/sdk.h>

#include <string>
#include <string_view>

#include "config.h"
#include "cscart_client.h"
#include "order_cancel.h"
#include "order_download.h"
#include "order_refund.h"
#include "shipment_upload.h"
#include "write_requests.h"

namespace orderhub::cscart {
namespace {

class CscartChannel : public sdk::ChannelPlugin {
 public:
  // Checks the configuration only: no request is made until the host calls.
  CscartChannel(sdk::Host host, std::string_view config_json)
      : config_(parse_config(config_json)), log_(host.log()), client_(host.http(), config_) {}

  std::string download_orders_page(std::string_view request) override {
    return cscart::download_orders_page(client_, log_, config_.currency,
                                        read_download_request(request));
  }

  std::string upload_shipment(std::string_view request) override {
    return cscart::upload_shipment(client_, config_.currency, read_shipment_request(request));
  }

  std::string cancel_order(std::string_view request) override {
    return cscart::cancel_order(client_, read_cancellation_request(request));
  }

  std::string refund_order(std::string_view request) override {
    return cscart::refund_order(client_, read_refund_request(request));
  }

 private:
  CscartConfig config_;
  sdk::Logger log_;
  CscartClient client_;
};

}  // namespace
}  // namespace orderhub::cscart

ORDERHUB_CHANNEL_PLUGIN(orderhub::cscart::CscartChannel, "org.orderhub.channel.cscart", "CS-Cart",
                        "orderhub", "1.0.0",
                        "Downloads CS-Cart orders and sends back shipments, cancellations and "
                        "refunds.",
                        "orders.download", "shipment.upload", "cancel.channel", "refund.channel");
