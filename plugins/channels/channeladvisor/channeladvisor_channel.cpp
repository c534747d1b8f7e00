// The ChannelAdvisor channel plugin: one instance per ChannelAdvisor account (REST v1, OData
// JSON). It downloads the orders of every marketplace ChannelAdvisor aggregates, exports them once
// stored, and sends back shipments, cancellations and refunds; every call is a thin step from the
// orderhub document to the module that does the work.
#include <orderhub/sdk.h>

#include <optional>
#include <string>
#include <string_view>

#include "access_token.h"
#include "adjust_requests.h"
#include "channeladvisor_client.h"
#include "config.h"
#include "order_download.h"
#include "order_export.h"
#include "shipment_upload.h"
#include "write_requests.h"

namespace orderhub::channeladvisor {
namespace {

// The key-value store and the clock are needed only to cache refreshed tokens.
AccessTokens access_tokens(const sdk::Host& host, const ChannelAdvisorConfig& config) {
  if (!config.oauth) {
    return AccessTokens(config, host.http(), std::nullopt, std::nullopt);
  }
  return AccessTokens(config, host.http(), host.kv(), host.clock());
}

class ChannelAdvisorChannel : public sdk::ChannelPlugin {
 public:
  // Checks the configuration only: no request is made until the host calls.
  ChannelAdvisorChannel(sdk::Host host, std::string_view config_json)
      : config_(parse_config(config_json)),
        log_(host.log()),
        client_(host.http(), access_tokens(host, config_), config_) {}

  std::string download_orders_page(std::string_view request) override {
    return channeladvisor::download_orders_page(client_, log_, config_.currency,
                                                read_download_request(request));
  }

  std::string acknowledge_orders(std::string_view request) override {
    return channeladvisor::acknowledge_orders(client_, read_acknowledgement_request(request));
  }

  std::string upload_shipment(std::string_view request) override {
    return channeladvisor::upload_shipment(client_, read_shipment_request(request));
  }

  std::string cancel_order(std::string_view request) override {
    const CancellationRequest cancellation = read_cancellation_request(request);
    return send_adjustments(client_, cancellation.order.order_id, cancellation.idempotency_key,
                            cancellation_calls(cancellation));
  }

  std::string refund_order(std::string_view request) override {
    const RefundRequest refund = read_refund_request(request);
    const Currency currency =
        is_currency_code(refund.order.currency) ? currency_for(refund.order.currency)
                                                : config_.currency;
    return send_adjustments(client_, refund.order.order_id, refund.idempotency_key,
                            refund_calls(refund, currency.minor_digits));
  }

 private:
  ChannelAdvisorConfig config_;
  sdk::Logger log_;
  ChannelAdvisorClient client_;
};

}  // namespace
}  // namespace orderhub::channeladvisor

ORDERHUB_CHANNEL_PLUGIN(orderhub::channeladvisor::ChannelAdvisorChannel,
                        "org.orderhub.channel.channeladvisor", "ChannelAdvisor", "orderhub",
                        "1.0.0",
                        "Downloads ChannelAdvisor marketplace orders, exports them once stored, and "
                        "sends back shipments, cancellations and refunds.",
                        "orders.download", "orders.acknowledge", "shipment.upload",
                        "cancel.channel", "refund.channel");
