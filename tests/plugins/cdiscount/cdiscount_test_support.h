// Helpers shared by the Cdiscount plugin's unit tests: the recorded payloads under payloads/, a
// GetOrderList answer built around <Order> elements, and the orderhub.order_batch/1 schema the
// host validates mapped orders with.
#ifndef ORDERHUB_TESTS_PLUGINS_CDISCOUNT_TEST_SUPPORT_H
#define ORDERHUB_TESTS_PLUGINS_CDISCOUNT_TEST_SUPPORT_H

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "cdiscount_client.h"
#include "schema/schema_validation.h"

namespace orderhub::cdiscount::testing {

inline std::string read_payload(const std::string& name) {
  const std::string path = std::string(CDISCOUNT_PAYLOAD_DIRECTORY) + "/" + name;
  std::ifstream input(path);
  if (!input) {
    throw std::runtime_error("cannot open " + path);
  }
  std::ostringstream text;
  text << input.rdbuf();
  return text.str();
}

// A GetOrderList answer whose OrderList holds orders_xml.
inline std::string order_list_envelope(const std::string& orders_xml) {
  return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
         "<GetOrderListResponse xmlns=\"http://www.cdiscount.com\"><GetOrderListResult "
         "xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><OperationSuccess>true"
         "</OperationSuccess><OrderList>" +
         orders_xml +
         "</OrderList></GetOrderListResult></GetOrderListResponse></s:Body></s:Envelope>";
}

inline SoapReply reply_of(const std::string& body, const std::string& operation = "GetOrderList",
                          int status = 200) {
  sdk::HttpResponse response;
  response.status_code = status;
  response.body = body;
  return read_soap_reply(operation, response, {});
}

// The schema errors of order inside a one-order batch; empty when the host would accept it.
inline std::vector<std::string> order_schema_errors(const nlohmann::json& order) {
  static orderhub::testing::LoadedSchema schema(orderhub::testing::read_json_file(
      std::string(ORDERHUB_SCHEMA_DIRECTORY) + "/order_batch.schema.json"));
  const nlohmann::json batch = {{"schema", "orderhub.order_batch/1"},
                                {"orders", nlohmann::json::array({order})},
                                {"rejected", nlohmann::json::array()},
                                {"next_page_token", nullptr}};
  return schema.errors(batch);
}

inline nlohmann::json money(std::int64_t minor, const char* currency = "EUR") {
  return nlohmann::json{{"minor", minor}, {"currency", currency}};
}

}  // namespace orderhub::cdiscount::testing

#endif  // ORDERHUB_TESTS_PLUGINS_CDISCOUNT_TEST_SUPPORT_H
