// A channel plugin for the inventory tests, built with the C++ SDK like a real plugin: it declares
// inventory.backorder and keeps every orderhub.inventory_update/1 document it is given in its
// key-value state ("documents" = how many, "document.<n>" = the n-th, from 1), so a test can read
// back exactly what the host sent. A document whose idempotency_key it already holds is answered
// already_applied without being kept twice. With {"fail": "unavailable"} in its config every push
// fails retryably and nothing is kept.
#include <orderhub/sdk.h>

#include <string>
#include <string_view>

namespace {

// The value of "idempotency_key" in the document; the host writes it with no spaces.
std::string idempotency_key_of(std::string_view document) {
  const std::string_view marker = "\"idempotency_key\":\"";
  const std::size_t start = document.find(marker);
  if (start == std::string_view::npos) {
    throw orderhub::sdk::Error(orderhub::sdk::Status::INVALID_ARGUMENT,
                               "idempotency_key is missing");
  }
  const std::size_t begin = start + marker.size();
  return std::string(document.substr(begin, document.find('"', begin) - begin));
}

class InventoryRecorder : public orderhub::sdk::ChannelPlugin {
 public:
  InventoryRecorder(orderhub::sdk::Host host, std::string_view config_json)
      : host_(host), failing_(config_json.find("\"unavailable\"") != std::string_view::npos) {}

  std::string push_inventory(std::string_view request) override {
    if (failing_) {
      throw orderhub::sdk::Error(orderhub::sdk::Status::UNAVAILABLE,
                                 "the recorder is configured to be unavailable");
    }
    const orderhub::sdk::KeyValue state = host_.kv();
    const std::string key = idempotency_key_of(request);
    if (state.get("key." + key)) {
      return R"({"schema":"orderhub.delivery_result/1","already_applied":true})";
    }
    const int count = std::stoi(state.get("documents").value_or("0")) + 1;
    state.put("document." + std::to_string(count), request);
    state.put("key." + key, std::to_string(count));
    state.put("documents", std::to_string(count));
    return R"({"schema":"orderhub.delivery_result/1","channel_reference":"feed )" +
           std::to_string(count) + R"(","already_applied":false})";
  }

 private:
  orderhub::sdk::Host host_;
  bool failing_;
};

}  // namespace

ORDERHUB_CHANNEL_PLUGIN(InventoryRecorder, "org.orderhub.tests.inventoryrecorder",
                        "Inventory Recorder", "orderhub tests", "1.0.0",
                        "Keeps the inventory updates it is sent.", "inventory.backorder");
