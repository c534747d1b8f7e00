// time.h: points in time and calendar dates as the hub keeps them, with their text forms.
// Timestamps are UTC with whole-second precision ("2026-11-23T16:00:00Z", RFC 3339); dates are
// plain calendar days ("2026-11-23"). The same text is used in documents and in the store.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "domain/result.h"

namespace orderhub::domain {

using Timestamp = std::chrono::sys_seconds;
using Date = std::chrono::year_month_day;

// Reads RFC 3339: "YYYY-MM-DDTHH:MM:SS" with an optional fraction (dropped: precision is one
// second, rounding down), then "Z" or an offset "+HH:MM"/"-HH:MM" (converted to UTC). "T" and "Z"
// may be lowercase. Errors quote the input.
Result<Timestamp> parse_timestamp(std::string_view text);

// "2026-11-23T16:00:00Z".
std::string format_timestamp(Timestamp timestamp);

// Reads "YYYY-MM-DD"; the day must exist in that month.
Result<Date> parse_date(std::string_view text);

// "2026-11-23".
std::string format_date(Date date);

// The calendar day (UTC) a timestamp falls on.
Date date_of(Timestamp timestamp);

}  // namespace orderhub::domain
