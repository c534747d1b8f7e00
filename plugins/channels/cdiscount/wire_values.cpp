// Exact decimal and calendar arithmetic for Cdiscount's wire values.
#include "wire_values.h"

#include <array>
#include <cstdio>
#include <limits>

namespace orderhub::cdiscount {
namespace {

bool is_digit(char letter) {
  return letter >= '0' && letter <= '9';
}

bool all_digits(std::string_view text) {
  for (const char letter : text) {
    if (!is_digit(letter)) {
      return false;
    }
  }
  return true;
}

std::optional<std::int64_t> append_digit(std::int64_t value, int digit) {
  constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max();
  if (value > (limit - digit) / 10) {
    return std::nullopt;
  }
  return value * 10 + digit;
}

// Days from 1970-01-01 to year-month-day (proleptic Gregorian), after Howard Hinnant's algorithm.
std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day) {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

struct CivilDate {
  std::int64_t year;
  unsigned month;
  unsigned day;
};

CivilDate civil_from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned shifted_month = (5 * day_of_year + 2) / 153;
  const unsigned day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  const unsigned month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  return {static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

bool is_leap(std::int64_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

unsigned days_in_month(std::int64_t year, unsigned month) {
  static constexpr std::array<unsigned, 12> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : lengths[month - 1];
}

int two_digits(std::string_view text, std::size_t at) {
  return (text[at] - '0') * 10 + (text[at + 1] - '0');
}

// "YYYY-MM-DDTHH:MM:SS" then an optional fraction of any length, then `ending` rules.
std::optional<std::int64_t> parse_time(std::string_view text, bool require_z) {
  if (text.size() < 19) {
    return std::nullopt;
  }
  for (const std::size_t at : {4u, 7u}) {
    if (text[at] != '-') {
      return std::nullopt;
    }
  }
  if (text[10] != 'T' || text[13] != ':' || text[16] != ':') {
    return std::nullopt;
  }
  for (const std::size_t at : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u, 11u, 12u, 14u, 15u, 17u, 18u}) {
    if (!is_digit(text[at])) {
      return std::nullopt;
    }
  }
  const std::int64_t year = two_digits(text, 0) * 100 + two_digits(text, 2);
  const auto month = static_cast<unsigned>(two_digits(text, 5));
  const auto day = static_cast<unsigned>(two_digits(text, 8));
  const int hour = two_digits(text, 11);
  const int minute = two_digits(text, 14);
  const int second = two_digits(text, 17);
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) ||
      hour > 23 || minute > 59 || second > 59) {
    return std::nullopt;
  }
  std::string_view rest = text.substr(19);
  std::int64_t milliseconds = 0;
  if (!rest.empty() && rest.front() == '.') {
    rest.remove_prefix(1);
    std::size_t digits = 0;
    while (digits < rest.size() && is_digit(rest[digits])) {
      ++digits;
    }
    if (digits == 0) {
      return std::nullopt;
    }
    for (std::size_t position = 0; position < 3; ++position) {
      milliseconds = milliseconds * 10 + (position < digits ? rest[position] - '0' : 0);
    }
    rest.remove_prefix(digits);
  }
  if (rest == "Z") {
    rest.remove_prefix(1);
  } else if (require_z) {
    return std::nullopt;
  }
  if (!rest.empty()) {
    return std::nullopt;
  }
  const std::int64_t days = days_from_civil(year, month, day);
  return ((days * 24 + hour) * 60 + minute) * 60000 + second * 1000 + milliseconds;
}

}  // namespace

int minor_digits_of(std::string_view code) {
  for (const std::string_view none : {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                      "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"}) {
    if (code == none) {
      return 0;
    }
  }
  for (const std::string_view three : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}) {
    if (code == three) {
      return 3;
    }
  }
  return 2;
}

std::optional<std::int64_t> parse_minor_units(std::string_view text, int minor_digits) {
  std::string_view rest = text;
  const bool negative = !rest.empty() && rest.front() == '-';
  if (negative) {
    rest.remove_prefix(1);
  }
  const std::size_t point = rest.find('.');
  const std::string_view whole = rest.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : rest.substr(point + 1);
  if (whole.empty() || !all_digits(whole) || !all_digits(fraction) ||
      (point != std::string_view::npos && fraction.empty())) {
    return std::nullopt;
  }
  std::int64_t minor = 0;
  for (const char letter : whole) {
    const auto next = append_digit(minor, letter - '0');
    if (!next) {
      return std::nullopt;
    }
    minor = *next;
  }
  for (int position = 0; position < minor_digits; ++position) {
    const auto index = static_cast<std::size_t>(position);
    const auto next = append_digit(minor, index < fraction.size() ? fraction[index] - '0' : 0);
    if (!next) {
      return std::nullopt;
    }
    minor = *next;
  }
  for (std::size_t index = static_cast<std::size_t>(minor_digits); index < fraction.size();
       ++index) {
    if (fraction[index] != '0') {
      return std::nullopt;
    }
  }
  return negative ? -minor : minor;
}

std::string format_minor_units(std::int64_t minor, int minor_digits) {
  const bool negative = minor < 0;
  // Through unsigned so that the most negative value has a magnitude.
  std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
  std::string digits = std::to_string(magnitude);
  if (minor_digits > 0) {
    const auto width = static_cast<std::size_t>(minor_digits);
    if (digits.size() <= width) {
      digits.insert(0, width + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - width, ".");
  }
  return negative ? "-" + digits : digits;
}

std::optional<std::int64_t> parse_whole_number(std::string_view text) {
  std::string_view rest = text;
  const bool negative = !rest.empty() && rest.front() == '-';
  if (negative) {
    rest.remove_prefix(1);
  }
  if (rest.empty() || !all_digits(rest)) {
    return std::nullopt;
  }
  std::int64_t value = 0;
  for (const char letter : rest) {
    const auto next = append_digit(value, letter - '0');
    if (!next) {
      return std::nullopt;
    }
    value = *next;
  }
  return negative ? -value : value;
}

std::optional<std::int64_t> unix_milliseconds_from_wire(std::string_view text) {
  return parse_time(text, /*require_z=*/false);
}

std::optional<std::int64_t> unix_milliseconds_from_rfc3339(std::string_view text) {
  return parse_time(text, /*require_z=*/true);
}

std::string rfc3339_from_unix_milliseconds(std::int64_t milliseconds) {
  std::int64_t seconds = milliseconds / 1000;
  std::int64_t fraction = milliseconds % 1000;
  if (fraction < 0) {
    fraction += 1000;
    seconds -= 1;
  }
  std::string text = wire_from_unix_seconds(seconds);
  if (fraction != 0) {
    char buffer[8];
    std::snprintf(buffer, sizeof(buffer), ".%03d", static_cast<int>(fraction));
    text += buffer;
  }
  return text + "Z";
}

std::string wire_from_unix_seconds(std::int64_t seconds) {
  std::int64_t days = seconds / 86400;
  std::int64_t second_of_day = seconds % 86400;
  if (second_of_day < 0) {
    second_of_day += 86400;
    days -= 1;
  }
  const CivilDate date = civil_from_days(days);
  // Wide enough for any int64 year, so -O2's format-truncation check is satisfied.
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%04lld-%02u-%02uT%02d:%02d:%02d",
                static_cast<long long>(date.year), date.month, date.day,
                static_cast<int>(second_of_day / 3600), static_cast<int>(second_of_day / 60 % 60),
                static_cast<int>(second_of_day % 60));
  return buffer;
}

}  // namespace orderhub::cdiscount
