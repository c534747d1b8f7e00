// Retry-After: delta-seconds or IMF-fixdate, strictly; anything else is ignored rather than
// guessed.
#include "orderhub/services/retry_after.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdint>

#include "text.h"

namespace orderhub::services {
namespace {

constexpr std::array<std::string_view, 7> kDayNames = {"Mon", "Tue", "Wed", "Thu",
                                                       "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 12> kMonthNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Reads exactly digits.size() decimal digits.
std::optional<int> fixed_digits(std::string_view digits) {
  int value = 0;
  for (char digit : digits) {
    if (!std::isdigit(static_cast<unsigned char>(digit))) {
      return std::nullopt;
    }
    value = value * 10 + (digit - '0');
  }
  return value;
}

}  // namespace

std::optional<std::chrono::system_clock::time_point> parse_http_date(std::string_view value) {
  // "Sun, 06 Nov 1994 08:49:37 GMT": every field at a fixed offset.
  value = trimmed(value);
  if (value.size() != 29 || value.substr(3, 2) != ", " || value[7] != ' ' || value[11] != ' ' ||
      value[16] != ' ' || value[19] != ':' || value[22] != ':' || value.substr(25) != " GMT") {
    return std::nullopt;
  }
  const std::string_view day_name = value.substr(0, 3);
  const bool known_day = std::find(kDayNames.begin(), kDayNames.end(), day_name) != kDayNames.end();
  const auto month_name = std::find(kMonthNames.begin(), kMonthNames.end(), value.substr(8, 3));
  const int month =
      month_name == kMonthNames.end() ? 0 : static_cast<int>(month_name - kMonthNames.begin()) + 1;
  const auto day = fixed_digits(value.substr(5, 2));
  const auto year = fixed_digits(value.substr(12, 4));
  const auto hour = fixed_digits(value.substr(17, 2));
  const auto minute = fixed_digits(value.substr(20, 2));
  const auto second = fixed_digits(value.substr(23, 2));
  if (!known_day || month == 0 || !day || !year || !hour || !minute || !second || *hour > 23 ||
      *minute > 59 || *second > 60) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year(*year),
                                         std::chrono::month(static_cast<unsigned>(month)),
                                         std::chrono::day(static_cast<unsigned>(*day))};
  if (!date.ok()) {
    return std::nullopt;
  }
  return std::chrono::sys_days(date) + std::chrono::hours(*hour) + std::chrono::minutes(*minute) +
         std::chrono::seconds(*second);
}

std::optional<std::chrono::milliseconds> parse_retry_after(
    std::string_view value, std::chrono::system_clock::time_point now) {
  value = trimmed(value);
  if (!value.empty() && std::isdigit(static_cast<unsigned char>(value.front()))) {
    std::uint64_t seconds = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
    if (end != value.data() + value.size()) {
      return std::nullopt;
    }
    // An absurd delay saturates at a year rather than overflowing: the caller caps it anyway.
    constexpr std::uint64_t kOneYearInSeconds = 365ULL * 24 * 3600;
    if (error == std::errc::result_out_of_range || seconds > kOneYearInSeconds) {
      seconds = kOneYearInSeconds;
    }
    return std::chrono::seconds(seconds);
  }
  const auto date = parse_http_date(value);
  if (!date) {
    return std::nullopt;
  }
  if (*date <= now) {
    return std::chrono::milliseconds(0);
  }
  return std::chrono::duration_cast<std::chrono::milliseconds>(*date - now);
}

}  // namespace orderhub::services
