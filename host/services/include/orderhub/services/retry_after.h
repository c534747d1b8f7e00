// Parsing the Retry-After header (RFC 9110 section 10.2.3): delta-seconds or an HTTP-date.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

namespace orderhub::services {

// An IMF-fixdate such as "Sun, 06 Nov 1994 08:49:37 GMT"; nullopt when value is not one.
std::optional<std::chrono::system_clock::time_point> parse_http_date(std::string_view value);

// How long to wait, from now: "120" is 120 s; a date is the time from now until then (zero when it
// has passed). nullopt when value is neither (the header is then ignored).
std::optional<std::chrono::milliseconds> parse_retry_after(
    std::string_view value, std::chrono::system_clock::time_point now);

}  // namespace orderhub::services
