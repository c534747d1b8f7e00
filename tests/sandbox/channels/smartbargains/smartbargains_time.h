// UTC RFC 3339 times as Smart Bargains puts them on the wire ("2026-11-23T16:00:00Z"), to and
// from unix seconds, without the C library's time zone machinery.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::sandbox::smartbargains {

// 0 -> "1970-01-01T00:00:00Z".
std::string format_utc_time(std::int64_t unix_seconds);

// "2026-11-23T16:00:00Z" (optionally with .mmm) -> unix seconds; nullopt for any other form.
std::optional<std::int64_t> parse_utc_time(std::string_view text);

// True for "YYYY-MM-DD" naming a real day.
bool is_calendar_date(std::string_view text);

}  // namespace orderhub::sandbox::smartbargains
