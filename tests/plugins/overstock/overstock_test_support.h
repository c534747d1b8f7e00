// Helpers shared by the Overstock plugin's unit tests: the recorded payloads under payloads/,
// mapping an XML reply, and checking a mapped order against the orderhub.order_batch/1 schema.
#ifndef ORDERHUB_TESTS_PLUGINS_OVERSTOCK_TEST_SUPPORT_H
#define ORDERHUB_TESTS_PLUGINS_OVERSTOCK_TEST_SUPPORT_H

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "order_download.h"
#include "schema/schema_validation.h"

namespace orderhub::overstock::testing {

inline std::string read_payload(const std::string& name) {
  const std::string path = std::string(OVERSTOCK_PAYLOAD_DIRECTORY) + "/" + name;
  std::ifstream input(path);
  if (!input) {
    throw std::runtime_error("cannot open " + path);
  }
  std::ostringstream text;
  text << input.rdbuf();
  return text.str();
}

// The order batch for one reply body, as a window from 2000 to 2100 would return it.
inline nlohmann::json batch_for(const std::string& xml, const char* currency = "USD") {
  pugi::xml_document document;
  if (!document.load_string(xml.c_str())) {
    throw std::runtime_error("the test payload is not XML");
  }
  WindowRequest request;
  request.start_ms = 946684800000;   // 2000-01-01
  request.until_ms = 4102444800000;  // 2100-01-01
  return order_batch(document, request, currency_for(currency));
}

inline std::vector<std::string> batch_schema_errors(const nlohmann::json& batch) {
  static orderhub::testing::LoadedSchema schema(orderhub::testing::read_json_file(
      std::string(ORDERHUB_SCHEMA_DIRECTORY) + "/order_batch.schema.json"));
  return schema.errors(batch);
}

inline nlohmann::json money(std::int64_t minor, const char* currency = "USD") {
  return nlohmann::json{{"minor", minor}, {"currency", currency}};
}

}  // namespace orderhub::overstock::testing

#endif  // ORDERHUB_TESTS_PLUGINS_OVERSTOCK_TEST_SUPPORT_H
