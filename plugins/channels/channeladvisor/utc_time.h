// ChannelAdvisor's timestamps: "2016-05-09T19:59:51Z", "2016-05-09T19:59:51.1234567Z" (OData
// sends up to seven decimals) or with "+00:00". The hub wants RFC 3339 UTC with a Z and at most
// milliseconds; OData filters want the same text.
#ifndef ORDERHUB_PLUGINS_CHANNELADVISOR_UTC_TIME_H
#define ORDERHUB_PLUGINS_CHANNELADVISOR_UTC_TIME_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::channeladvisor {

// Milliseconds since 1970 for a valid UTC timestamp (Z or an offset of +00:00); nullopt for
// anything else: a missing zone, an impossible date (2026-02-30), another offset.
std::optional<std::int64_t> unix_milliseconds_from_utc(std::string_view text);

// 1700000000123 -> "2023-11-14T22:13:20.123Z"; whole seconds have no fraction.
std::string utc_text(std::int64_t unix_milliseconds);

}  // namespace orderhub::channeladvisor

#endif  // ORDERHUB_PLUGINS_CHANNELADVISOR_UTC_TIME_H
