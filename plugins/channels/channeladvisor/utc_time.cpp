// Civil-date arithmetic (Howard Hinnant's days_from_civil) so no time zone database is involved.
#include "utc_time.h"

#include <cstdio>

namespace orderhub::channeladvisor {
namespace {

std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day) {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

bool is_leap(std::int64_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

unsigned days_in_month(std::int64_t year, unsigned month) {
  static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

// The number in text[start, start + width), all digits, or -1.
int digits_at(std::string_view text, std::size_t start, std::size_t width) {
  if (start + width > text.size()) {
    return -1;
  }
  int value = 0;
  for (std::size_t index = start; index < start + width; ++index) {
    if (text[index] < '0' || text[index] > '9') {
      return -1;
    }
    value = value * 10 + (text[index] - '0');
  }
  return value;
}

}  // namespace

std::optional<std::int64_t> unix_milliseconds_from_utc(std::string_view text) {
  if (text.size() < 20 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't') ||
      text[13] != ':' || text[16] != ':') {
    return std::nullopt;
  }
  const int year = digits_at(text, 0, 4);
  const int month = digits_at(text, 5, 2);
  const int day = digits_at(text, 8, 2);
  const int hour = digits_at(text, 11, 2);
  const int minute = digits_at(text, 14, 2);
  const int second = digits_at(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 ||
      static_cast<unsigned>(day) > days_in_month(year, static_cast<unsigned>(month)) || hour < 0 ||
      hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return std::nullopt;
  }
  std::size_t position = 19;
  std::int64_t milliseconds = 0;
  if (text[position] == '.') {
    ++position;
    const std::size_t fraction_start = position;
    while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
      if (position - fraction_start < 3) {
        milliseconds = milliseconds * 10 + (text[position] - '0');
      }
      ++position;
    }
    const std::size_t fraction_digits = position - fraction_start;
    if (fraction_digits == 0) {
      return std::nullopt;
    }
    for (std::size_t missing = fraction_digits; missing < 3; ++missing) {
      milliseconds *= 10;
    }
  }
  const std::string_view zone = text.substr(position);
  if (zone != "Z" && zone != "z" && zone != "+00:00" && zone != "-00:00") {
    return std::nullopt;
  }
  const std::int64_t days =
      days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  return ((days * 24 + hour) * 60 + minute) * 60000 + second * 1000 + milliseconds;
}

std::string utc_text(std::int64_t unix_milliseconds) {
  std::int64_t seconds = unix_milliseconds / 1000;
  std::int64_t milliseconds = unix_milliseconds % 1000;
  if (milliseconds < 0) {
    milliseconds += 1000;
    seconds -= 1;
  }
  std::int64_t days = seconds / 86400;
  std::int64_t second_of_day = seconds % 86400;
  if (second_of_day < 0) {
    second_of_day += 86400;
    days -= 1;
  }
  // civil_from_days
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned month_index = (5 * day_of_year + 2) / 153;
  const unsigned day = day_of_year - (153 * month_index + 2) / 5 + 1;
  const unsigned month = month_index < 10 ? month_index + 3 : month_index - 9;
  const std::int64_t year = static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0);

  // Sized for any int64 year so -O2's format-truncation check is satisfied.
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02lld:%02lld:%02lld",
                static_cast<long long>(year), month, day,
                static_cast<long long>(second_of_day / 3600),
                static_cast<long long>(second_of_day / 60 % 60),
                static_cast<long long>(second_of_day % 60));
  std::string text = buffer;
  if (milliseconds != 0) {
    char fraction[8];
    std::snprintf(fraction, sizeof fraction, ".%03lld", static_cast<long long>(milliseconds));
    text += fraction;
  }
  return text + "Z";
}

}  // namespace orderhub::channeladvisor
