// time.cpp: strict RFC 3339 / ISO 8601 reading and writing, without locale or time-zone database.
#include "domain/time.h"

#include <cstdio>

namespace orderhub::domain {
namespace {

// Reads exactly `count` digits at `position`; false when any is not a digit.
bool read_digits(std::string_view text, std::size_t position, std::size_t count, int& value) {
  if (position + count > text.size()) {
    return false;
  }
  value = 0;
  for (std::size_t index = position; index < position + count; ++index) {
    const char c = text[index];
    if (c < '0' || c > '9') {
      return false;
    }
    value = value * 10 + (c - '0');
  }
  return true;
}

bool read_date(std::string_view text, Date& date) {
  int year = 0;
  int month = 0;
  int day = 0;
  if (text.size() < 10 || !read_digits(text, 0, 4, year) || text[4] != '-' ||
      !read_digits(text, 5, 2, month) || text[7] != '-' || !read_digits(text, 8, 2, day)) {
    return false;
  }
  date = Date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
              std::chrono::day{static_cast<unsigned>(day)}};
  return date.ok();
}

}  // namespace

Result<Timestamp> parse_timestamp(std::string_view text) {
  const Error refused{"time " + quoted(text) +
                      " is not an RFC 3339 UTC time like 2026-11-23T16:00:00Z"};
  Date date;
  if (!read_date(text, date)) {
    return refused;
  }
  int hour = 0;
  int minute = 0;
  int second = 0;
  if (text.size() < 19 || (text[10] != 'T' && text[10] != 't') || !read_digits(text, 11, 2, hour) ||
      text[13] != ':' || !read_digits(text, 14, 2, minute) || text[16] != ':' ||
      !read_digits(text, 17, 2, second) || hour > 23 || minute > 59 || second > 59) {
    return refused;
  }

  std::size_t position = 19;
  if (position < text.size() && text[position] == '.') {
    ++position;
    const std::size_t first_fraction_digit = position;
    while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
      ++position;
    }
    if (position == first_fraction_digit) {
      return refused;
    }
  }

  std::chrono::seconds offset{0};
  const std::string_view zone = text.substr(position);
  if (zone == "Z" || zone == "z") {
    // UTC already.
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
    int offset_hours = 0;
    int offset_minutes = 0;
    if (!read_digits(zone, 1, 2, offset_hours) || !read_digits(zone, 4, 2, offset_minutes) ||
        offset_hours > 23 || offset_minutes > 59) {
      return refused;
    }
    offset = std::chrono::hours{offset_hours} + std::chrono::minutes{offset_minutes};
    if (zone[0] == '-') {
      offset = -offset;
    }
  } else {
    return refused;
  }

  const std::chrono::sys_days day{date};
  // Local time minus its offset from UTC is UTC.
  return Timestamp{day} + std::chrono::hours{hour} + std::chrono::minutes{minute} +
         std::chrono::seconds{second} - offset;
}

std::string format_timestamp(Timestamp timestamp) {
  const std::chrono::sys_days day = std::chrono::floor<std::chrono::days>(timestamp);
  const std::chrono::hh_mm_ss<std::chrono::seconds> time_of_day{timestamp - day};
  const Date date{day};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ",
                static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()), static_cast<int>(time_of_day.hours().count()),
                static_cast<int>(time_of_day.minutes().count()),
                static_cast<int>(time_of_day.seconds().count()));
  return buffer;
}

Result<Date> parse_date(std::string_view text) {
  Date date;
  if (text.size() != 10 || !read_date(text, date)) {
    return Error{"date " + quoted(text) + " is not a calendar date like 2026-11-23"};
  }
  return date;
}

std::string format_date(Date date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

Date date_of(Timestamp timestamp) {
  return Date{std::chrono::floor<std::chrono::days>(timestamp)};
}

}  // namespace orderhub::domain
