// json_reading.cpp: typed, path-naming reads of rule documents.
#include "pipeline/rules/json_reading.h"

namespace orderhub::pipeline::order_rules {

std::string member_path(const std::string& path, std::string_view key) {
  return path + "." + std::string(key);
}

std::string element_path(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

domain::Error error_at(const std::string& path, std::string_view message) {
  return domain::Error{path + ": " + std::string(message)};
}

std::string type_name(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null:
      return "null";
    case nlohmann::json::value_t::object:
      return "an object";
    case nlohmann::json::value_t::array:
      return "an array";
    case nlohmann::json::value_t::string:
      return "a string";
    case nlohmann::json::value_t::boolean:
      return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
      return "a number";
    default:
      return "an unsupported value";
  }
}

domain::Result<bool> check_object(const nlohmann::json& value, const std::string& path,
                                  std::initializer_list<std::string_view> known) {
  if (!value.is_object()) {
    return error_at(path, "expected an object, found " + type_name(value));
  }
  for (const auto& [key, member] : value.items()) {
    bool listed = false;
    for (std::string_view name : known) {
      listed = listed || name == key;
    }
    if (!listed) {
      std::string names;
      for (std::string_view name : known) {
        names += (names.empty() ? "" : ", ") + std::string(name);
      }
      return error_at(member_path(path, key), "unknown key (known: " + names + ")");
    }
  }
  return true;
}

domain::Result<std::string> read_text(const nlohmann::json& value, const std::string& path,
                                      EmptyText empty) {
  if (!value.is_string()) {
    return error_at(path, "expected a string");
  }
  std::string text = value.get<std::string>();
  if (text.empty() && empty == EmptyText::refused) {
    return error_at(path, "must not be empty");
  }
  for (char character : text) {
    if (static_cast<unsigned char>(character) < 0x20) {
      return error_at(path, "contains a control character");
    }
  }
  return text;
}

domain::Result<bool> read_flag(const nlohmann::json& value, const std::string& path) {
  if (!value.is_boolean()) {
    return error_at(path, "expected true or false");
  }
  return value.get<bool>();
}

domain::Result<std::int64_t> read_count(const nlohmann::json& value, const std::string& path) {
  if (value.is_number_unsigned()) {
    const auto count = value.get<std::uint64_t>();
    if (count > static_cast<std::uint64_t>(INT64_MAX)) {
      return error_at(path, "is too large");
    }
    return static_cast<std::int64_t>(count);
  }
  if (value.is_number_integer()) {
    const auto count = value.get<std::int64_t>();
    if (count < 0) {
      return error_at(path, "must be zero or more");
    }
    return count;
  }
  return error_at(path, "expected a whole number");
}

domain::Result<std::string> single_key(const nlohmann::json& value, const std::string& path,
                                       std::string_view what) {
  if (!value.is_object()) {
    return error_at(path, "expected " + std::string(what) + " object, found " + type_name(value));
  }
  if (value.size() != 1) {
    return error_at(path, "expected " + std::string(what) + " object with exactly one key, found " +
                              std::to_string(value.size()));
  }
  return value.begin().key();
}

}  // namespace orderhub::pipeline::order_rules
