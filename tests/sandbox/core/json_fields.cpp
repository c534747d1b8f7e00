// Typed JSON field reading with field-naming errors; see json_fields.h.
#include "core/json_fields.h"

#include "core/decimal_text.h"

namespace orderhub::sandbox {
namespace {

// Long inputs are cut in messages: enough to recognise, short enough to read.
std::string shown(const nlohmann::json& value) {
  std::string text = value.dump();
  if (text.size() > 80) {
    text = text.substr(0, 77) + "...";
  }
  return text;
}

}  // namespace

JsonFields::JsonFields(const nlohmann::json& object, std::string path)
    : object_(object), path_(std::move(path)) {
  if (!object_.is_object()) {
    fail((path_.empty() ? std::string("body") : path_) + " must be a JSON object, got " +
         shown(object_));
  }
}

const nlohmann::json* JsonFields::find(const char* field) const {
  if (!object_.is_object()) {
    return nullptr;
  }
  const auto found = object_.find(field);
  if (found == object_.end() || found->is_null()) {
    return nullptr;
  }
  return &*found;
}

bool JsonFields::has(const char* field) const {
  return find(field) != nullptr;
}

void JsonFields::fail(std::string message) {
  if (!error_) {
    error_ = std::move(message);
  }
}

std::string JsonFields::text(const char* field, const std::string& fallback) {
  const nlohmann::json* value = find(field);
  if (value == nullptr) {
    return fallback;
  }
  if (!value->is_string()) {
    fail(path_ + field + " must be a string, got " + shown(*value));
    return fallback;
  }
  return value->get<std::string>();
}

std::string JsonFields::required_text(const char* field) {
  if (!has(field)) {
    fail(path_ + field + " is missing");
    return {};
  }
  return text(field);
}

std::int64_t JsonFields::integer(const char* field, std::optional<std::int64_t> fallback) {
  const nlohmann::json* value = find(field);
  if (value == nullptr) {
    if (!fallback) {
      fail(path_ + field + " is missing");
    }
    return fallback.value_or(0);
  }
  const auto parsed = integer_from_json(*value);
  if (!parsed) {
    fail(path_ + field + " must be an integer (like \"42\"), got " + shown(*value));
    return 0;
  }
  return *parsed;
}

std::int64_t JsonFields::minor_units(const char* field) {
  const nlohmann::json* value = find(field);
  if (value == nullptr) {
    fail(path_ + field + " is missing");
    return 0;
  }
  const auto parsed = minor_units_from_json(*value);
  if (!parsed) {
    fail(path_ + field + " must be a decimal string like \"19.99\", got " + shown(*value));
    return 0;
  }
  return *parsed;
}

}  // namespace orderhub::sandbox
