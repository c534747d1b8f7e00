// A SAX handler that builds the DOM like nlohmann's own, except for non-integer numbers.
#include "exact_json.h"

#include <string>
#include <vector>

namespace orderhub::smartbargains {
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
  // Places value in the innermost open container (or as the root) and returns where it now lives.
  json* place(json value) {
    if (open_containers_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    json& container = *open_containers_.back();
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
    open_containers_.push_back(place(std::move(container)));
    return true;
  }
  bool close() {
    open_containers_.pop_back();
    return true;
  }

  json root_;
  // Pointers stay valid: a container is only appended to while it is the innermost open one, and
  // the pointers below it point at elements that are not moved by that append.
  std::vector<json*> open_containers_;
  std::string pending_key_;
};

}  // namespace

std::optional<json> parse_json_keeping_decimals(std::string_view text) {
  DecimalKeepingBuilder builder;
  const bool complete = json::sax_parse(text.begin(), text.end(), &builder,
                                        json::input_format_t::json, /*strict=*/true);
  if (!complete) {
    return std::nullopt;
  }
  return builder.take();
}

std::string dump_json(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace orderhub::smartbargains
