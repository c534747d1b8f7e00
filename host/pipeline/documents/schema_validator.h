// schema_validator.h: validates the JSON documents that cross the plugin ABI against the schemas of
// plugin-api/schema (embedded in the binary). Each problem comes back as the JSON path of the
// offending value ("orders/3/lines/0/quantity"; "" for the document itself) and what is wrong.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace orderhub::pipeline {

struct SchemaError {
  std::string path;
  std::string message;

  // "orders/3/lines/0/quantity: ..." or just the message for the document itself.
  std::string to_string() const;

  friend bool operator==(const SchemaError&, const SchemaError&) = default;
};

class SchemaValidator {
 public:
  // Parses every embedded schema. Throws std::logic_error when one cannot be parsed (a build
  // defect, caught by the tests).
  SchemaValidator();
  ~SchemaValidator();
  SchemaValidator(const SchemaValidator&) = delete;
  SchemaValidator& operator=(const SchemaValidator&) = delete;

  // The validator shared by the process (the schemas are parsed once, on first use).
  static const SchemaValidator& shared();

  // schema: "order_batch" or its id "orderhub.order_batch/1". Empty when the document is valid.
  // Only the most specific problems are reported: an order whose quantity is negative yields one
  // error at "orders/0/lines/0/quantity", not another for each enclosing array and object.
  // Throws std::invalid_argument for an unknown schema name.
  std::vector<SchemaError> validate(std::string_view schema, const nlohmann::json& document) const;

  // Validates document against one definition of a schema, e.g. ("order_batch", "order") for
  // a single order of a batch; paths are relative to that document.
  std::vector<SchemaError> validate_definition(std::string_view schema, std::string_view definition,
                                               const nlohmann::json& document) const;

  // The schema names known, sorted ("acknowledgement", ..., "template_report").
  std::vector<std::string> schema_names() const;

 private:
  struct Schemas;
  std::unique_ptr<Schemas> schemas_;
};

}  // namespace orderhub::pipeline
