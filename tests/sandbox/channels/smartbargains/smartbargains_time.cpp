// Civil-date arithmetic (Howard Hinnant's algorithms) for the wire's UTC times.
#include "channels/smartbargains/smartbargains_time.h"

#include <cstdio>

namespace orderhub::sandbox::smartbargains {
namespace {

constexpr std::int64_t seconds_per_day = 86400;

std::int64_t days_from_civil(std::int64_t year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int64_t year_of_era = year - era * 400;
  const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

int days_in_month(std::int64_t year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

// The number in text[start, start + width), or -1 unless every character is a digit.
int digits_at(std::string_view text, std::size_t start, std::size_t width) {
  int value = 0;
  for (std::size_t index = start; index < start + width; ++index) {
    if (text[index] < '0' || text[index] > '9') {
      return -1;
    }
    value = value * 10 + (text[index] - '0');
  }
  return value;
}

bool valid_date(int year, int month, int day) {
  return year >= 1970 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

}  // namespace

std::string format_utc_time(std::int64_t unix_seconds) {
  const std::int64_t days = unix_seconds / seconds_per_day;
  const std::int64_t second_of_day = unix_seconds % seconds_per_day;
  const std::int64_t shifted = days + 719468;
  const std::int64_t era = shifted / 146097;
  const std::int64_t day_of_era = shifted - era * 146097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_index = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
  const int month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
  const std::int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  char text[40];
  std::snprintf(text, sizeof text, "%04lld-%02d-%02dT%02lld:%02lld:%02lldZ",
                static_cast<long long>(year), month, day,
                static_cast<long long>(second_of_day / 3600),
                static_cast<long long>(second_of_day / 60 % 60),
                static_cast<long long>(second_of_day % 60));
  return text;
}

std::optional<std::int64_t> parse_utc_time(std::string_view text) {
  if (text.size() != 20 && text.size() != 24) {
    return std::nullopt;
  }
  if (text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
      text.back() != 'Z' || (text.size() == 24 && text[19] != '.')) {
    return std::nullopt;
  }
  const int year = digits_at(text, 0, 4);
  const int month = digits_at(text, 5, 2);
  const int day = digits_at(text, 8, 2);
  const int hour = digits_at(text, 11, 2);
  const int minute = digits_at(text, 14, 2);
  const int second = digits_at(text, 17, 2);
  if (!valid_date(year, month, day) || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
      second < 0 || second > 59 || (text.size() == 24 && digits_at(text, 20, 3) < 0)) {
    return std::nullopt;
  }
  return days_from_civil(year, month, day) * seconds_per_day + hour * 3600 + minute * 60 + second;
}

bool is_calendar_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return false;
  }
  return valid_date(digits_at(text, 0, 4), digits_at(text, 5, 2), digits_at(text, 8, 2));
}

}  // namespace orderhub::sandbox::smartbargains
