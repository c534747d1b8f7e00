// setting_values.cpp: strict parsing of setting values; every refusal quotes the input.
#include "pipeline/accounts/setting_values.h"

#include <limits>

namespace orderhub::pipeline {

domain::Result<bool> parse_setting_bool(std::string_view text) {
  if (text == "true" || text == "yes" || text == "on" || text == "1") {
    return true;
  }
  if (text == "false" || text == "no" || text == "off" || text == "0") {
    return false;
  }
  return domain::Error{domain::quoted(text) + " is not true or false"};
}

std::string format_setting_bool(bool value) {
  return value ? "true" : "false";
}

domain::Result<std::chrono::seconds> parse_duration(std::string_view text) {
  const domain::Error refused{domain::quoted(text) +
                              " is not a duration like 90s, 30m, 2h or 1h30m"};
  if (text == "0") {
    return std::chrono::seconds{0};
  }
  if (text.empty()) {
    return refused;
  }
  constexpr std::int64_t kLimit = std::numeric_limits<std::int32_t>::max();
  std::int64_t total = 0;
  std::size_t position = 0;
  while (position < text.size()) {
    std::int64_t number = 0;
    const std::size_t digits_start = position;
    while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
      number = number * 10 + (text[position] - '0');
      if (number > kLimit) {
        return refused;
      }
      ++position;
    }
    if (position == digits_start || position == text.size()) {
      return refused;
    }
    std::int64_t unit = 0;
    switch (text[position]) {
      case 'd':
        unit = 86'400;
        break;
      case 'h':
        unit = 3'600;
        break;
      case 'm':
        unit = 60;
        break;
      case 's':
        unit = 1;
        break;
      default:
        return refused;
    }
    ++position;
    total += number * unit;
    if (total > kLimit) {
      return refused;
    }
  }
  return std::chrono::seconds{total};
}

std::string format_duration(std::chrono::seconds duration) {
  std::int64_t seconds = duration.count();
  if (seconds == 0) {
    return "0s";
  }
  // Seconds that are not whole minutes are written as seconds alone: "90s" reads better than
  // "1m30s" and is what people type.
  if (seconds % 60 != 0) {
    return std::to_string(seconds) + "s";
  }
  std::string text;
  for (const auto& [unit, suffix] :
       {std::pair<std::int64_t, char>{86'400, 'd'}, {3'600, 'h'}, {60, 'm'}}) {
    if (seconds >= unit) {
      text += std::to_string(seconds / unit) + suffix;
      seconds %= unit;
    }
  }
  return text;
}

}  // namespace orderhub::pipeline
