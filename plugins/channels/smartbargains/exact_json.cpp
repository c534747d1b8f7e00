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

namespace {

constexpr std::size_t not_found = std::string_view::npos;

bool is_space(char letter) {
  return letter == ' ' || letter == '\t' || letter == '\n' || letter == '\r';
}

// text[start] is '"': the index just past the closing quote, or not_found.
std::size_t end_of_string(std::string_view text, std::size_t start) {
  for (std::size_t index = start + 1; index < text.size(); ++index) {
    if (text[index] == '\\') {
      ++index;
    } else if (text[index] == '"') {
      return index + 1;
    }
  }
  return not_found;
}

std::size_t skip_spaces(std::string_view text, std::size_t index) {
  while (index < text.size() && is_space(text[index])) {
    ++index;
  }
  return index;
}

// text[open] is '[': the text of each element, split at the commas of this array's own level.
std::optional<std::vector<std::string_view>> array_items(std::string_view text, std::size_t open) {
  std::vector<std::string_view> items;
  std::size_t item_start = not_found;
  int depth = 0;
  const auto finish_item = [&](std::size_t end) {
    if (item_start != not_found) {
      while (end > item_start && is_space(text[end - 1])) {
        --end;
      }
      items.push_back(text.substr(item_start, end - item_start));
      item_start = not_found;
    }
  };
  for (std::size_t index = open + 1; index < text.size();) {
    const char letter = text[index];
    if (letter == '"') {
      item_start = item_start == not_found ? index : item_start;
      index = end_of_string(text, index);
      if (index == not_found) {
        return std::nullopt;
      }
      continue;
    }
    if (depth == 0 && (letter == ',' || letter == ']')) {
      finish_item(index);
      if (letter == ']') {
        return items;
      }
      ++index;
      continue;
    }
    if (!is_space(letter) && item_start == not_found) {
      item_start = index;
    }
    if (letter == '{' || letter == '[') {
      ++depth;
    } else if (letter == '}' || letter == ']') {
      --depth;
    }
    ++index;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::vector<std::string_view>> top_level_array_items(std::string_view text,
                                                                    std::string_view key) {
  int depth = 0;
  for (std::size_t index = 0; index < text.size();) {
    const char letter = text[index];
    if (letter == '"') {
      const std::size_t end = end_of_string(text, index);
      if (end == not_found) {
        return std::nullopt;
      }
      const std::size_t after = skip_spaces(text, end);
      // A string directly in the top-level object followed by ':' is one of its keys.
      if (depth == 1 && after < text.size() && text[after] == ':' &&
          text.substr(index + 1, end - index - 2) == key) {
        const std::size_t value = skip_spaces(text, after + 1);
        if (value < text.size() && text[value] == '[') {
          return array_items(text, value);
        }
        return std::nullopt;
      }
      index = end;
      continue;
    }
    if (letter == '{' || letter == '[') {
      ++depth;
    } else if (letter == '}' || letter == ']') {
      --depth;
    }
    ++index;
  }
  return std::nullopt;
}

std::string dump_json(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace orderhub::smartbargains
