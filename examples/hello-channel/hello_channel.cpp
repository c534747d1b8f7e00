// hello-channel: a minimal orderhub channel plugin. It talks to no real channel: it serves one
// fixed order and accepts every shipment, to show the shape every channel plugin has.
//
// A channel plugin is a class derived from orderhub::sdk::ChannelPlugin. The host creates one
// instance per channel account (with that account's configuration) and calls it with JSON
// documents; each call answers with a JSON document. docs/documents.md and the JSON Schemas in
// share/orderhub/schema describe every document.
#include <orderhub/sdk.h>

#include <string>
#include <string_view>

namespace {

using orderhub::sdk::Error;
using orderhub::sdk::Host;
using orderhub::sdk::Status;

// True when text is a JSON object, judged by its first and last non-blank characters. A real
// plugin would parse the configuration with a JSON library and check each key it needs.
bool looks_like_json_object(std::string_view text) {
  const auto blank = [](char letter) {
    return letter == ' ' || letter == '\t' || letter == '\r' || letter == '\n';
  };
  while (!text.empty() && blank(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && blank(text.back())) {
    text.remove_suffix(1);
  }
  return text.size() >= 2 && text.front() == '{' && text.back() == '}';
}

// The one page this channel ever returns: a single paid order for two mugs. Money is always an
// integer count of minor units (cents here), never a float; times are UTC with a Z suffix.
// "next_page_token": null tells the host that this was the last page.
constexpr std::string_view sample_page = R"json({
  "schema": "orderhub.order_batch/1",
  "orders": [{
    "channel_order_id": "HELLO-1001",
    "created_at": "2026-11-23T09:30:00Z",
    "updated_at": "2026-11-23T09:31:00Z",
    "currency": "USD",
    "channel_status": "paid",
    "payment_status": "charged",
    "shipping_status": "unshipped",
    "cancelled": false,
    "third_party_managed": false,
    "buyer": { "name": "Ada Lovelace", "email": "ada@example.com" },
    "ship_to": { "name": "Ada Lovelace", "line1": "12 Example Street", "city": "London",
                 "postal_code": "N1 9GU", "country": "GB" },
    "shipping_method": "Standard",
    "totals": {
      "items":    { "minor": 2400, "currency": "USD" },
      "shipping": { "minor": 500,  "currency": "USD" },
      "tax":      { "minor": 0,    "currency": "USD" },
      "discount": { "minor": 0,    "currency": "USD" },
      "total":    { "minor": 2900, "currency": "USD" }
    },
    "paid": { "minor": 2900, "currency": "USD" },
    "lines": [{
      "line_id": "1",
      "sku": "MUG-BLUE",
      "title": "Blue mug",
      "quantity": 2,
      "quantity_shipped": 0,
      "quantity_cancelled": 0,
      "unit_price": { "minor": 1200, "currency": "USD" }
    }]
  }],
  "rejected": [],
  "next_page_token": null
})json";

class HelloChannel : public orderhub::sdk::ChannelPlugin {
 public:
  // Called by the host's create(). config_json is this account's configuration, borrowed for the
  // call only: copy what you keep. Check it here, and fail with INVALID_ARGUMENT naming the key,
  // so the operator learns about a bad configuration when saving it, not at the first download.
  // No network I/O here: the host may create instances just to validate configurations.
  HelloChannel(Host host, std::string_view config_json) : host_(host) {
    if (!looks_like_json_object(config_json)) {
      throw Error(Status::INVALID_ARGUMENT, "the configuration must be a JSON object");
    }
  }

  // "orders.download": the request (orderhub.download_request/1) names a time window and a page
  // token. A real plugin would call the channel through host_.http() here; this one always
  // answers with the same single page.
  std::string download_orders_page(std::string_view /*request*/) override {
    host_.log().info("hello-channel: serving the sample page");
    return std::string(sample_page);
  }

  // "shipment.upload": the request (orderhub.shipment/1) carries an idempotency_key, the stored
  // order and the shipment. A retry with the same key must not ship twice; a real plugin checks
  // the channel first and answers "already_applied": true when the shipment is there.
  std::string upload_shipment(std::string_view /*request*/) override {
    return R"json({"schema": "orderhub.delivery_result/1", "already_applied": false,
                   "message": "hello-channel accepts every shipment"})json";
  }

 private:
  Host host_;  // valid until the host destroys this instance
};

}  // namespace

// The one exported symbol. The capabilities listed here are all the host will ever ask for:
// download_orders_page and upload_shipment are wired up, every other call stays NULL.
ORDERHUB_CHANNEL_PLUGIN(HelloChannel, "org.example.hello", "Hello", "Example Vendor", "0.1.0",
                        "Serves one fixed order and accepts every shipment.", "orders.download",
                        "shipment.upload");
