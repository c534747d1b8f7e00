// health_routes.cpp: GET /healthz (open: is the store reachable, are the plugins loaded, how each
// account's downloads go; 503 when the store is not reachable) and GET /metrics (Prometheus text).
#include "http/api_server.h"
#include "orderhub/logging/logging_setup.h"

namespace orderhub::http {
namespace {

void health(ApiContext& context, httplib::Response& response) {
  nlohmann::ordered_json json;
  bool healthy = true;
  try {
    const int version = context.store.schema_version();
    context.store.begin_read()->accounts().list();
    json["store"] = {{"reachable", true}, {"schema_version", version}};
  } catch (const std::exception& error) {
    healthy = false;
    logging::host_logger()->error("health check: the store is not reachable: {}", error.what());
    json["store"] = {{"reachable", false}, {"error", error.what()}};
  }
  nlohmann::ordered_json failures = nlohmann::ordered_json::array();
  for (const auto& failure : context.plugins.failures()) {
    failures.push_back({{"path", failure.path.string()}, {"error", failure.message()}});
  }
  json["plugins"] = {{"loaded", context.plugins.plugins().size()}, {"failures", failures}};
  const nlohmann::ordered_json service = context.control.health();
  for (const auto& [key, value] : service.items()) {
    json[key] = value;
  }
  json["status"] = healthy ? "ok" : "unavailable";
  reply_json(response, healthy ? 200 : 503, json);
}

}  // namespace

void add_health_routes(Router& router, ApiContext& context) {
  router.get("/healthz", [&context](const httplib::Request&, httplib::Response& response) {
    health(context, response);
  });
  router.get("/metrics", [&context](const httplib::Request&, httplib::Response& response) {
    response.status = 200;
    response.set_content(context.metrics.render(), "text/plain; version=0.0.4");
  });
}

}  // namespace orderhub::http
