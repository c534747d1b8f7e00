// schema_validation.h: loading orderhub's JSON Schemas with valijson and validating documents
// against them, with each error reported as "<path>: <description>" (path like
// /orders/0/lines/0/quantity) so that tests can check which field was named.
#ifndef ORDERHUB_TESTS_SCHEMA_VALIDATION_H
#define ORDERHUB_TESTS_SCHEMA_VALIDATION_H

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

namespace orderhub::testing {

inline nlohmann::json read_json_file(const std::string& path) {
  std::ifstream input(path);
  if (!input) {
    throw std::runtime_error("cannot open " + path);
  }
  return nlohmann::json::parse(input);
}

// One parsed schema. Parsing also checks that the file is a schema valijson understands.
class LoadedSchema {
 public:
  explicit LoadedSchema(nlohmann::json document) : document_(std::move(document)) {
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(document_);
    parser.populateSchema(adapter, schema_);
  }
  LoadedSchema(const LoadedSchema&) = delete;
  LoadedSchema& operator=(const LoadedSchema&) = delete;

  const nlohmann::json& document() const { return document_; }

  // Every error valijson reports, as "<path>: <description>"; empty when the document is valid.
  std::vector<std::string> errors(const nlohmann::json& target) const {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter adapter(target);
    std::vector<std::string> messages;
    if (validator.validate(schema_, adapter, &results)) {
      return messages;
    }
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
      messages.push_back(path_of(error.context) + ": " + error.description);
    }
    return messages;
  }

 private:
  // valijson's context is {"<root>", "[orders]", "[0]", ...}.
  static std::string path_of(const std::vector<std::string>& context) {
    std::string path;
    for (const std::string& part : context) {
      if (part.size() >= 2 && part.front() == '[' && part.back() == ']') {
        path += "/" + part.substr(1, part.size() - 2);
      }
    }
    return path.empty() ? "/" : path;
  }

  nlohmann::json document_;
  valijson::Schema schema_;
};

inline std::string joined(const std::vector<std::string>& lines) {
  std::ostringstream text;
  for (const std::string& line : lines) {
    text << "  " << line << "\n";
  }
  return text.str();
}

}  // namespace orderhub::testing

#endif  // ORDERHUB_TESTS_SCHEMA_VALIDATION_H
