// schema_validator.cpp: valijson (draft 7, nlohmann adapter) over the embedded schemas, with
// valijson's error contexts turned into slash-separated JSON paths and reduced to the most
// specific problems.
#include "pipeline/documents/schema_validator.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "pipeline/documents/embedded_schemas.h"

namespace orderhub::pipeline {
namespace {

constexpr std::string_view kIdPrefix = "orderhub.";

// A schema document and the valijson schema parsed from it (which points into the document).
// valijson 1.0 builds a std::regex for every "format" check it makes (date, date-time), which
// made schema checks most of a download's CPU time. In our schemas every format sits beside a
// "pattern" that fixes the shape, and the host reads every date and time with a calendar check
// (2026-02-30 is refused there, naming the field), so the host checks against the schemas with
// the "format" keywords left out. Property names are kept: only keyword positions are touched.
void drop_format_keywords(nlohmann::json& schema) {
  if (schema.is_array()) {
    for (nlohmann::json& item : schema) {
      drop_format_keywords(item);
    }
    return;
  }
  if (!schema.is_object()) {
    return;
  }
  if (const auto format = schema.find("format"); format != schema.end() && format->is_string()) {
    schema.erase(format);
  }
  for (auto& [key, value] : schema.items()) {
    if (key == "properties" || key == "definitions") {
      for (auto& [name, member] : value.items()) {
        drop_format_keywords(member);
      }
    } else {
      drop_format_keywords(value);
    }
  }
}

struct ParsedSchema {
  nlohmann::json document;  // as published
  nlohmann::json checked;   // what the validator runs: the document without format keywords
  valijson::Schema schema;

  explicit ParsedSchema(nlohmann::json source) : document(std::move(source)), checked(document) {
    drop_format_keywords(checked);
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(checked);
    parser.populateSchema(adapter, schema);
  }
};

// "orderhub.order_batch/1" -> "order_batch"; a bare name stays as it is.
std::string schema_name_of(std::string_view schema) {
  if (schema.starts_with(kIdPrefix)) {
    schema.remove_prefix(kIdPrefix.size());
    const std::size_t slash = schema.find('/');
    if (slash != std::string_view::npos) {
      schema = schema.substr(0, slash);
    }
  }
  return std::string(schema);
}

// valijson's context is {"<root>", "[orders]", "[3]", "[lines]", ...}.
std::vector<std::string> path_parts(const std::vector<std::string>& context) {
  std::vector<std::string> parts;
  for (const std::string& part : context) {
    if (part.size() >= 2 && part.front() == '[' && part.back() == ']') {
      parts.push_back(part.substr(1, part.size() - 2));
    }
  }
  return parts;
}

std::string joined_path(const std::vector<std::string>& parts) {
  std::string path;
  for (const std::string& part : parts) {
    path += (path.empty() ? "" : "/") + part;
  }
  return path;
}

bool is_strict_prefix(const std::vector<std::string>& prefix, const std::vector<std::string>& of) {
  return prefix.size() < of.size() && std::equal(prefix.begin(), prefix.end(), of.begin());
}

std::vector<SchemaError> run(const valijson::Schema& schema, const nlohmann::json& document) {
  // One validator per thread: it keeps the compiled regular expressions of "pattern" keywords,
  // which a fresh validator would compile again for every document.
  thread_local valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(document);
  if (validator.validate(schema, adapter, &results)) {
    return {};
  }
  std::vector<std::pair<std::vector<std::string>, std::string>> found;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    found.emplace_back(path_parts(error.context), error.description);
  }
  // An error inside an array item or an object member is also reported for every enclosing
  // value ("Failed to validate item #3 in array"); those say nothing the inner one does not.
  std::vector<SchemaError> errors;
  for (const auto& [parts, message] : found) {
    const bool enclosing = std::any_of(found.begin(), found.end(), [&](const auto& other) {
      return is_strict_prefix(parts, other.first);
    });
    SchemaError candidate{joined_path(parts), message};
    if (!enclosing && std::find(errors.begin(), errors.end(), candidate) == errors.end()) {
      errors.push_back(std::move(candidate));
    }
  }
  return errors;
}

}  // namespace

std::string SchemaError::to_string() const {
  return path.empty() ? message : path + ": " + message;
}

struct SchemaValidator::Schemas {
  std::map<std::string, std::unique_ptr<ParsedSchema>, std::less<>> by_name;
  // Definitions wrapped as schemas of their own, parsed on first use.
  mutable std::mutex definitions_mutex;
  mutable std::map<std::pair<std::string, std::string>, std::unique_ptr<ParsedSchema>> definitions;
};

SchemaValidator::SchemaValidator() : schemas_(std::make_unique<Schemas>()) {
  for (const EmbeddedSchema& embedded : embedded_schemas()) {
    try {
      schemas_->by_name.emplace(
          std::string(embedded.name),
          std::make_unique<ParsedSchema>(nlohmann::json::parse(embedded.text)));
    } catch (const std::exception& error) {
      throw std::logic_error("embedded schema " + std::string(embedded.name) +
                             " cannot be parsed: " + error.what());
    }
  }
}

SchemaValidator::~SchemaValidator() = default;

const SchemaValidator& SchemaValidator::shared() {
  static const SchemaValidator validator;
  return validator;
}

std::vector<SchemaError> SchemaValidator::validate(std::string_view schema,
                                                   const nlohmann::json& document) const {
  const auto found = schemas_->by_name.find(schema_name_of(schema));
  if (found == schemas_->by_name.end()) {
    throw std::invalid_argument("no schema " + std::string(schema));
  }
  return run(found->second->schema, document);
}

std::vector<SchemaError> SchemaValidator::validate_definition(
    std::string_view schema, std::string_view definition, const nlohmann::json& document) const {
  const std::string name = schema_name_of(schema);
  const auto found = schemas_->by_name.find(name);
  if (found == schemas_->by_name.end()) {
    throw std::invalid_argument("no schema " + std::string(schema));
  }
  const nlohmann::json& definitions = found->second->document["definitions"];
  if (!definitions.contains(definition)) {
    throw std::invalid_argument("schema " + name + " has no definition " + std::string(definition));
  }

  const ParsedSchema* wrapped = nullptr;
  {
    std::lock_guard lock(schemas_->definitions_mutex);
    auto& slot = schemas_->definitions[{name, std::string(definition)}];
    if (!slot) {
      // The definition refers to its siblings ("#/definitions/money"), so they come along.
      nlohmann::json wrapper = {{"$schema", "http://json-schema.org/draft-07/schema#"},
                                {"$ref", "#/definitions/" + std::string(definition)},
                                {"definitions", definitions}};
      slot = std::make_unique<ParsedSchema>(std::move(wrapper));
    }
    wrapped = slot.get();
  }
  return run(wrapped->schema, document);
}

std::vector<std::string> SchemaValidator::schema_names() const {
  std::vector<std::string> names;
  for (const auto& [name, parsed] : schemas_->by_name) {
    names.push_back(name);
  }
  return names;
}

}  // namespace orderhub::pipeline
