// Decimal text <-> integer conversions for wire formats; see decimal_text.h.
#include "core/decimal_text.h"

#include <charconv>
#include <limits>

namespace orderhub::sandbox {

std::string format_minor_units(std::int64_t minor_units) {
  const bool negative = minor_units < 0;
  // Work in unsigned so that the most negative value does not overflow on negation.
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(minor_units)
                                           : static_cast<std::uint64_t>(minor_units);
  std::string cents = std::to_string(magnitude % 100);
  if (cents.size() < 2) {
    cents.insert(0, "0");
  }
  return (negative ? "-" : "") + std::to_string(magnitude / 100) + "." + cents;
}

std::optional<std::int64_t> parse_integer(std::string_view text) {
  std::int64_t value = 0;
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  if (text.empty() || text.front() == '+') {
    return std::nullopt;
  }
  const auto [stop, error] = std::from_chars(begin, end, value);
  if (error != std::errc{} || stop != end) {
    return std::nullopt;
  }
  return value;
}

std::optional<std::int64_t> parse_minor_units(std::string_view text) {
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  if (whole.empty() || fraction.size() > 2 ||
      (point != std::string_view::npos && fraction.empty())) {
    return std::nullopt;
  }
  for (const std::string_view part : {whole, fraction}) {
    for (const char character : part) {
      if (character < '0' || character > '9') {
        return std::nullopt;
      }
    }
  }
  const auto units = parse_integer(whole);
  if (!units || *units > std::numeric_limits<std::int64_t>::max() / 100 - 1) {
    return std::nullopt;
  }
  std::int64_t cents = 0;
  if (!fraction.empty()) {
    cents = (fraction[0] - '0') * 10 + (fraction.size() == 2 ? fraction[1] - '0' : 0);
  }
  const std::int64_t total = *units * 100 + cents;
  return negative ? -total : total;
}

std::optional<std::int64_t> integer_from_json(const nlohmann::json& value) {
  if (value.is_number_integer()) {
    return value.get<std::int64_t>();
  }
  if (value.is_string()) {
    return parse_integer(value.get_ref<const std::string&>());
  }
  return std::nullopt;
}

std::optional<std::int64_t> minor_units_from_json(const nlohmann::json& value) {
  if (value.is_string()) {
    return parse_minor_units(value.get_ref<const std::string&>());
  }
  return std::nullopt;
}

}  // namespace orderhub::sandbox
