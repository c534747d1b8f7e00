// generated_channel.cpp: the import benchmark's channel plugin. It serves generated pages from
// memory, so a benchmark run measures the host's side of a download (the plugin call across the
// ABI, the JSON, schema checks, the upsert and history, one transaction per page) and not a
// network. Config: {"orders": N, "seed": S}.
#include <orderhub/sdk.h>

#include <nlohmann/json.hpp>

#include "generated_pages.h"

namespace {

using orderhub::sdk::Error;
using orderhub::sdk::Status;

std::int64_t whole_number(const nlohmann::json& config, const char* key, std::int64_t fallback) {
  const auto found = config.find(key);
  if (found == config.end()) {
    return fallback;
  }
  if (!found->is_number_integer() || found->get<std::int64_t>() < 1) {
    throw Error(Status::INVALID_ARGUMENT,
                std::string("config: \"") + key + "\" must be a whole number of at least 1");
  }
  return found->get<std::int64_t>();
}

class GeneratedChannel : public orderhub::sdk::ChannelPlugin {
 public:
  GeneratedChannel(orderhub::sdk::Host /*host*/, std::string_view config_json) {
    const auto config = nlohmann::json::parse(config_json, nullptr, false);
    if (!config.is_object()) {
      throw Error(Status::INVALID_ARGUMENT, "config: must be a JSON object");
    }
    shape_.total_orders = whole_number(config, "orders", 1000);
    shape_.seed = static_cast<std::uint64_t>(whole_number(config, "seed", 1));
  }

  std::string download_orders_page(std::string_view request_text) override {
    const auto request = nlohmann::json::parse(request_text);
    orderhub::bench::PageShape shape = shape_;
    shape.page_size = request.value("page_size", std::int64_t{100});
    std::int64_t page = 0;
    if (request.contains("page_token") && request["page_token"].is_string()) {
      page = std::stoll(request["page_token"].get<std::string>());
    }
    return orderhub::bench::generated_page(shape, page);
  }

 private:
  orderhub::bench::PageShape shape_;
};

}  // namespace

ORDERHUB_CHANNEL_PLUGIN(GeneratedChannel, "org.orderhub.bench.generated", "Generated orders",
                        "orderhub", "1.0.0",
                        "Serves generated orders from memory, for the import benchmark.",
                        "orders.download");
