// HTTP helpers for sandbox tests; see sandbox_client.h.
#include "sandbox_client.h"

#include <stdexcept>

namespace orderhub::sandbox::testing {

httplib::Client admin_client(const orderhub::testing::SandboxProcess& sandbox) {
  httplib::Client client(sandbox.base_url());
  client.set_connection_timeout(std::chrono::seconds(5));
  client.set_read_timeout(std::chrono::seconds(30));
  return client;
}

httplib::Client cscart_client(const orderhub::testing::SandboxProcess& sandbox) {
  httplib::Client client = admin_client(sandbox);
  client.set_basic_auth(cscart_email, cscart_api_key);
  return client;
}

nlohmann::json json_reply(const httplib::Result& result, int expected_status) {
  if (!result) {
    throw std::runtime_error("request failed: " + httplib::to_string(result.error()));
  }
  if (result->status != expected_status) {
    throw std::runtime_error("expected status " + std::to_string(expected_status) + ", got " +
                             std::to_string(result->status) + ": " + result->body);
  }
  return nlohmann::json::parse(result->body);
}

std::int64_t cents(const nlohmann::json& decimal_text) {
  const std::string text = decimal_text.get<std::string>();
  const std::size_t point = text.find('.');
  if (point == std::string::npos || text.size() - point != 3) {
    throw std::runtime_error("not a two-decimal amount: " + text);
  }
  const std::int64_t whole = std::stoll(text.substr(0, point));
  const std::int64_t fraction = std::stoll(text.substr(point + 1));
  return text.front() == '-' ? whole * 100 - fraction : whole * 100 + fraction;
}

void set_faults(const orderhub::testing::SandboxProcess& sandbox, const nlohmann::json& settings) {
  auto client = admin_client(sandbox);
  json_reply(client.Put("/admin/faults", settings.dump(), "application/json"), 200);
}

}  // namespace orderhub::sandbox::testing
