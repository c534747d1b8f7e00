// Conversions between UTC RFC 3339 times ("2026-11-23T16:00:00Z", the only form Smart Bargains
// sends and orderhub uses) and unix time, in the proleptic Gregorian calendar, without the C
// library's time zone machinery.
#ifndef ORDERHUB_PLUGINS_SMARTBARGAINS_UNIX_TIME_H
#define ORDERHUB_PLUGINS_SMARTBARGAINS_UNIX_TIME_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::smartbargains {

// The last second orderhub's four-digit years can express: 9999-12-31T23:59:59Z.
inline constexpr std::int64_t latest_unix_seconds = 253402300799;

// 0 -> "1970-01-01T00:00:00Z". Precondition: 0 <= seconds <= latest_unix_seconds.
std::string rfc3339_from_unix_seconds(std::int64_t seconds);

// "2026-11-23T16:00:00Z" or "2026-11-23T16:00:00.250Z" -> milliseconds since the epoch; nullopt
// for anything else (other offsets, impossible dates such as February 30th, years before 1970).
std::optional<std::int64_t> unix_milliseconds_from_rfc3339(std::string_view text);

}  // namespace orderhub::smartbargains

#endif  // ORDERHUB_PLUGINS_SMARTBARGAINS_UNIX_TIME_H
