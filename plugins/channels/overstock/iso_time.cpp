// Civil date arithmetic (Howard Hinnant's days-from-civil), without the C library's time zone.
#include "iso_time.h"

#include <cstdio>

namespace orderhub::overstock {
namespace {

constexpr std::int64_t milliseconds_per_day = 86400000;

std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day) {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

void civil_from_days(std::int64_t days, std::int64_t& year, unsigned& month, unsigned& day) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned shifted_month = (5 * day_of_year + 2) / 153;
  day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  year = static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0);
}

unsigned days_in_month(std::int64_t year, unsigned month) {
  static constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : lengths[month - 1];
}

// Reads `count` digits at text[position]; false unless they are all digits.
bool read_digits(std::string_view text, std::size_t position, std::size_t count, int& value) {
  if (position + count > text.size()) {
    return false;
  }
  value = 0;
  for (std::size_t index = position; index < position + count; ++index) {
    if (text[index] < '0' || text[index] > '9') {
      return false;
    }
    value = value * 10 + (text[index] - '0');
  }
  return true;
}

}  // namespace

std::optional<std::int64_t> unix_milliseconds_from_iso(std::string_view text) {
  int year = 0;
  int month = 0;
  int day = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
  if (!read_digits(text, 0, 4, year) || text.size() < 19 || text[4] != '-' ||
      !read_digits(text, 5, 2, month) || text[7] != '-' || !read_digits(text, 8, 2, day) ||
      (text[10] != 'T' && text[10] != 't') || !read_digits(text, 11, 2, hour) ||
      text[13] != ':' || !read_digits(text, 14, 2, minute) || text[16] != ':' ||
      !read_digits(text, 17, 2, second)) {
    return std::nullopt;
  }
  if (month < 1 || month > 12 || day < 1 ||
      static_cast<unsigned>(day) > days_in_month(year, static_cast<unsigned>(month)) ||
      hour > 23 || minute > 59 || second > 59) {
    return std::nullopt;
  }
  std::size_t position = 19;
  int milliseconds = 0;
  if (position < text.size() && text[position] == '.') {
    ++position;
    const std::size_t first = position;
    while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
      if (position - first < 3) {
        milliseconds = milliseconds * 10 + (text[position] - '0');
      }
      ++position;
    }
    if (position == first) {
      return std::nullopt;
    }
    for (std::size_t digits = position - first; digits < 3; ++digits) {
      milliseconds *= 10;
    }
  }
  std::int64_t offset_minutes = 0;
  if (position < text.size() && (text[position] == 'Z' || text[position] == 'z')) {
    ++position;
  } else if (position < text.size() && (text[position] == '+' || text[position] == '-')) {
    int offset_hour = 0;
    int offset_minute = 0;
    if (!read_digits(text, position + 1, 2, offset_hour) || position + 3 >= text.size() ||
        text[position + 3] != ':' || !read_digits(text, position + 4, 2, offset_minute) ||
        offset_hour > 23 || offset_minute > 59) {
      return std::nullopt;
    }
    offset_minutes = (offset_hour * 60 + offset_minute) * (text[position] == '-' ? -1 : 1);
    position += 6;
  } else {
    return std::nullopt;  // a time without a zone means nothing definite
  }
  if (position != text.size()) {
    return std::nullopt;
  }
  const std::int64_t days =
      days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  const std::int64_t local_seconds = days * 86400 + hour * 3600 + minute * 60 + second;
  return (local_seconds - offset_minutes * 60) * 1000 + milliseconds;
}

std::string iso_from_unix_milliseconds(std::int64_t milliseconds) {
  std::int64_t days = milliseconds / milliseconds_per_day;
  std::int64_t rest = milliseconds % milliseconds_per_day;
  if (rest < 0) {
    rest += milliseconds_per_day;
    --days;
  }
  std::int64_t year = 0;
  unsigned month = 0;
  unsigned day = 0;
  civil_from_days(days, year, month, day);
  const std::int64_t seconds = rest / 1000;
  char text[48];
  std::snprintf(text, sizeof text, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ",
                static_cast<long long>(year), month, day, static_cast<long long>(seconds / 3600),
                static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
  return text;
}

}  // namespace orderhub::overstock
