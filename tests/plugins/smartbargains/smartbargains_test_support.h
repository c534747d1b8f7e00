// Helpers shared by the Smart Bargains plugin's unit tests: the payloads under payloads/, and
// checking a mapped order against the orderhub.order_batch/1 schema the host validates with.
#ifndef ORDERHUB_TESTS_PLUGINS_SMARTBARGAINS_TEST_SUPPORT_H
#define ORDERHUB_TESTS_PLUGINS_SMARTBARGAINS_TEST_SUPPORT_H

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "schema/schema_validation.h"

namespace orderhub::smartbargains::testing {

inline std::string read_payload(const std::string& name) {
  const std::string path = std::string(SMARTBARGAINS_PAYLOAD_DIRECTORY) + "/" + name;
  std::ifstream input(path);
  if (!input) {
    throw std::runtime_error("cannot open " + path);
  }
  std::ostringstream text;
  text << input.rdbuf();
  return text.str();
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

inline nlohmann::json money(std::int64_t minor, const char* currency = "USD") {
  return nlohmann::json{{"minor", minor}, {"currency", currency}};
}

}  // namespace orderhub::smartbargains::testing

#endif  // ORDERHUB_TESTS_PLUGINS_SMARTBARGAINS_TEST_SUPPORT_H
