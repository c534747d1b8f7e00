// Reads typed fields out of a JSON object received on the wire or through the admin API, keeping
// the first error as a message that names the field path and the offending input.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace orderhub::sandbox {

class JsonFields {
 public:
  // `path` prefixes field names in messages, e.g. "products.7731." gives "products.7731.price".
  JsonFields(const nlohmann::json& object, std::string path = "");

  bool has(const char* field) const;

  // A string field; `fallback` when absent or null, an error when present with another type.
  std::string text(const char* field, const std::string& fallback = "");

  // A string field that must be present.
  std::string required_text(const char* field);

  // An integer given as a JSON integer or a string of digits ("42").
  std::int64_t integer(const char* field, std::optional<std::int64_t> fallback = std::nullopt);

  // An amount given as a decimal string ("19.99"), in minor units.
  std::int64_t minor_units(const char* field);

  // Records an error found by the caller (the first error wins).
  void fail(std::string message);

  bool failed() const { return error_.has_value(); }
  const std::optional<std::string>& error() const { return error_; }

 private:
  const nlohmann::json* find(const char* field) const;

  const nlohmann::json& object_;
  std::string path_;
  std::optional<std::string> error_;
};

}  // namespace orderhub::sandbox
