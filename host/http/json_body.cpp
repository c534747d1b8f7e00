// json_body.cpp: bounded JSON body parsing and named field reads.
#include "http/json_body.h"

namespace orderhub::http {

using domain::Error;

int nesting_depth(std::string_view text) {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  bool escaped = false;
  for (char character : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (character == '\\') {
        escaped = true;
      } else if (character == '"') {
        in_string = false;
      }
      continue;
    }
    if (character == '"') {
      in_string = true;
    } else if (character == '[' || character == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (character == ']' || character == '}') {
      --depth;
    }
  }
  return deepest;
}

domain::Result<nlohmann::json> parse_json_body(std::string_view body) {
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return nlohmann::json::object();
  }
  if (nesting_depth(body) > kMaximumNesting) {
    return Error{"body: nested deeper than " + std::to_string(kMaximumNesting) + " levels"};
  }
  nlohmann::json parsed;
  try {
    // The callback is a second guard on the depth, should the scan above ever disagree.
    parsed =
        nlohmann::json::parse(body, [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
          if (depth > kMaximumNesting) {
            throw std::length_error("nested too deeply");
          }
          return true;
        });
  } catch (const nlohmann::json::exception& error) {
    return Error{std::string("body: not valid JSON: ") + error.what()};
  } catch (const std::length_error&) {
    return Error{"body: nested deeper than " + std::to_string(kMaximumNesting) + " levels"};
  }
  if (!parsed.is_object()) {
    return Error{"body: must be a JSON object"};
  }
  return parsed;
}

domain::Result<std::string> BodyFields::required_string(const std::string& name) {
  known_.insert(name);
  if (!body_.contains(name)) {
    return Error{"\"" + name + "\": is required"};
  }
  auto value = optional_string(name);
  if (!value) {
    return value.error();
  }
  return value->value_or(std::string());
}

domain::Result<std::optional<std::string>> BodyFields::optional_string(const std::string& name) {
  known_.insert(name);
  const auto found = body_.find(name);
  if (found == body_.end() || found->is_null()) {
    return std::optional<std::string>();
  }
  if (!found->is_string()) {
    return Error{"\"" + name + "\": must be a string, not " + found->type_name()};
  }
  return std::optional<std::string>(found->get<std::string>());
}

domain::Result<bool> BodyFields::optional_bool(const std::string& name, bool fallback) {
  known_.insert(name);
  const auto found = body_.find(name);
  if (found == body_.end() || found->is_null()) {
    return fallback;
  }
  if (!found->is_boolean()) {
    return Error{"\"" + name + "\": must be true or false, not " + found->type_name()};
  }
  return found->get<bool>();
}

domain::Result<std::vector<domain::LineQuantity>> BodyFields::lines(const std::string& name) {
  known_.insert(name);
  std::vector<domain::LineQuantity> lines;
  const auto found = body_.find(name);
  if (found == body_.end() || found->is_null()) {
    return lines;
  }
  if (!found->is_array()) {
    return Error{"\"" + name + "\": must be an array of {\"line_id\", \"quantity\"}"};
  }
  for (std::size_t index = 0; index < found->size(); ++index) {
    const nlohmann::json& line = (*found)[index];
    const std::string where = "\"" + name + "\"[" + std::to_string(index) + "]";
    if (!line.is_object()) {
      return Error{where + ": must be an object {\"line_id\", \"quantity\"}"};
    }
    for (const auto& [key, value] : line.items()) {
      if (key != "line_id" && key != "quantity") {
        return Error{where + ": unknown field \"" + key + "\""};
      }
    }
    const auto line_id = line.find("line_id");
    if (line_id == line.end() || !line_id->is_string() ||
        line_id->get_ref<const std::string&>().empty()) {
      return Error{where + ".line_id: must be a non-empty string"};
    }
    const auto quantity = line.find("quantity");
    if (quantity == line.end() || !quantity->is_number_integer() ||
        quantity->get<std::int64_t>() <= 0) {
      return Error{where + ".quantity: must be a positive integer"};
    }
    lines.push_back({line_id->get<std::string>(), quantity->get<std::int64_t>()});
  }
  return lines;
}

std::optional<domain::Error> BodyFields::unknown_field() const {
  for (const auto& [key, value] : body_.items()) {
    if (known_.find(key) == known_.end()) {
      return Error{"\"" + key + "\": unknown field (known: " + [&] {
        std::string names;
        for (const std::string& name : known_) {
          names += (names.empty() ? "" : ", ") + name;
        }
        return names;
      }() + ")"};
    }
  }
  return std::nullopt;
}

}  // namespace orderhub::http
