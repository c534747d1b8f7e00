// Civil date <-> day count, after Howard Hinnant's public-domain "chrono-Compatible Low-Level Date
// Algorithms".
#include "unix_time.h"

#include <cstdio>

namespace orderhub::smartbargains {
namespace {

constexpr std::int64_t seconds_per_day = 86400;

struct CivilDate {
  std::int64_t year;
  int month;  // 1..12
  int day;    // 1..31
};

std::int64_t days_from_civil(CivilDate date) {
  const std::int64_t year = date.month <= 2 ? date.year - 1 : date.year;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int64_t year_of_era = year - era * 400;
  const std::int64_t month_from_march = date.month > 2 ? date.month - 3 : date.month + 9;
  const std::int64_t day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t day_of_era = days - era * 146097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_from_march = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  const int month =
      static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  const std::int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return CivilDate{year, month, day};
}

bool is_leap_year(std::int64_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(std::int64_t year, int month) {
  constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : lengths[month - 1];
}

// The number in text[start, start + width), all digits, or -1.
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

}  // namespace

std::string rfc3339_from_unix_seconds(std::int64_t seconds) {
  const std::int64_t days = seconds / seconds_per_day;
  const std::int64_t second_of_day = seconds % seconds_per_day;
  const CivilDate date = civil_from_days(days);
  // Sized for the widest values the format can produce (a 64-bit year), which -O2 checks.
  char text[96];
  std::snprintf(text, sizeof(text), "%04lld-%02d-%02dT%02lld:%02lld:%02lldZ",
                static_cast<long long>(date.year), date.month, date.day,
                static_cast<long long>(second_of_day / 3600),
                static_cast<long long>(second_of_day / 60 % 60),
                static_cast<long long>(second_of_day % 60));
  return text;
}

std::optional<std::int64_t> unix_milliseconds_from_rfc3339(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SSZ is 20 characters; with .mmm it is 24.
  if (text.size() != 20 && text.size() != 24) {
    return std::nullopt;
  }
  if (text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
      text.back() != 'Z') {
    return std::nullopt;
  }
  const int year = digits_at(text, 0, 4);
  const int month = digits_at(text, 5, 2);
  const int day = digits_at(text, 8, 2);
  const int hour = digits_at(text, 11, 2);
  const int minute = digits_at(text, 14, 2);
  const int second = digits_at(text, 17, 2);
  int millisecond = 0;
  if (text.size() == 24) {
    if (text[19] != '.') {
      return std::nullopt;
    }
    millisecond = digits_at(text, 20, 3);
  }
  if (year < 1970 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
      minute > 59 || second < 0 || second > 59 || millisecond < 0 ||
      day > days_in_month(year, month)) {
    return std::nullopt;
  }
  const std::int64_t days = days_from_civil(CivilDate{year, month, day});
  const std::int64_t seconds = days * seconds_per_day + hour * 3600 + minute * 60 + second;
  return seconds * 1000 + millisecond;
}

}  // namespace orderhub::smartbargains
