// A SAX builder that keeps non-integer numbers as text, and a dump that writes chosen keys back
// as number literals.
#include "exact_json.h"

namespace orderhub::channeladvisor {
namespace {

using nlohmann::json;

class DecimalKeepingBuilder {
 public:
  bool null() { return add(json(nullptr)); }
  bool boolean(bool value) { return add(json(value)); }
  bool number_integer(json::number_integer_t value) { return add(json(value)); }
  bool number_unsigned(json::number_unsigned_t value) { return add(json(value)); }
  bool number_float(json::number_float_t /*value*/, const json::string_t& text) {
    return add(json(text));
  }
  bool string(json::string_t& value) { return add(json(std::move(value))); }
  bool binary(json::binary_t& value) { return add(json::binary(std::move(value))); }
  bool start_object(std::size_t /*size*/) { return open(json::object()); }
  bool key(json::string_t& name) {
    pending_key_ = std::move(name);
    return true;
  }
  bool end_object() { return close(); }
  bool start_array(std::size_t /*size*/) { return open(json::array()); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t /*position*/, const std::string& /*token*/,
                   const nlohmann::detail::exception& /*error*/) {
    return false;
  }
  json take() { return std::move(root_); }

 private:
  json* place(json value) {
    if (open_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    json& container = *open_.back();
    if (container.is_array()) {
      container.push_back(std::move(value));
      return &container.back();
    }
    json& slot = container[pending_key_];
    slot = std::move(value);
    return &slot;
  }
  bool add(json value) {
    place(std::move(value));
    return true;
  }
  bool open(json container) {
    open_.push_back(place(std::move(container)));
    return true;
  }
  bool close() {
    open_.pop_back();
    return true;
  }

  json root_;
  // Only the innermost open container is appended to, so pointers to the outer ones stay valid.
  std::vector<json*> open_;
  std::string pending_key_;
};

bool is_decimal_literal(const std::string& text) {
  if (text.empty()) {
    return false;
  }
  std::size_t index = text[0] == '-' ? 1 : 0;
  bool digits = false;
  bool point = false;
  for (; index < text.size(); ++index) {
    if (text[index] >= '0' && text[index] <= '9') {
      digits = true;
    } else if (text[index] == '.' && !point && digits) {
      point = true;
      digits = false;
    } else {
      return false;
    }
  }
  return digits;
}

}  // namespace

std::optional<json> parse_json_keeping_decimals(std::string_view text) {
  DecimalKeepingBuilder builder;
  if (!json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json,
                       /*strict=*/true)) {
    return std::nullopt;
  }
  return builder.take();
}

std::string dump_json(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string dump_with_number_literals(const json& object,
                                      const std::vector<std::string>& number_keys) {
  std::string text = "{";
  bool first = true;
  for (const auto& [key, value] : object.items()) {
    if (!first) {
      text += ',';
    }
    first = false;
    text += dump_json(json(key)) + ':';
    bool literal = false;
    for (const std::string& number_key : number_keys) {
      literal = literal || (key == number_key && value.is_string() &&
                            is_decimal_literal(value.get<std::string>()));
    }
    text += literal ? value.get<std::string>() : dump_json(value);
  }
  return text + "}";
}

const json* member(const json& object, const char* key) {
  if (!object.is_object()) {
    return nullptr;
  }
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) {
    return nullptr;
  }
  return &*found;
}

}  // namespace orderhub::channeladvisor
