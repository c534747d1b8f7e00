// json_body.h: reading a request's JSON body safely and its fields with errors that name them.
// Nesting is limited before the parser sees the text (a deeply nested body is refused, not
// recursed into); the body size is limited by the server before it is read at all.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/order.h"
#include "domain/result.h"

namespace orderhub::http {

constexpr std::size_t kMaximumBodyBytes = 1024 * 1024;
constexpr int kMaximumNesting = 32;

// The body as a JSON object. An empty body is an empty object. Errors: "body: nested deeper than
// 32 levels", "body: not valid JSON: ...", "body: must be a JSON object".
domain::Result<nlohmann::json> parse_json_body(std::string_view body);

// How deeply arrays and objects nest in text, not counting brackets inside strings.
int nesting_depth(std::string_view text);

// The fields of a body object, read one by one; each read records the field as known, and
// unknown_field() names the first field nobody read. Errors read `"lines"[1].quantity: must be a
// positive integer`.
class BodyFields {
 public:
  explicit BodyFields(const nlohmann::json& body) : body_(body) {}

  domain::Result<std::string> required_string(const std::string& name);
  domain::Result<std::optional<std::string>> optional_string(const std::string& name);
  domain::Result<bool> optional_bool(const std::string& name, bool fallback);
  // [{"line_id": "7", "quantity": 2}, ...]; absent: empty.
  domain::Result<std::vector<domain::LineQuantity>> lines(const std::string& name);

  // An error naming the first field that no read asked for, if any.
  std::optional<domain::Error> unknown_field() const;

 private:
  const nlohmann::json& body_;
  std::set<std::string> known_;
};

}  // namespace orderhub::http
