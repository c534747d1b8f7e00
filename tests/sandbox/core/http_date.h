// The IMF-fixdate form of HTTP dates ("Sun, 06 Nov 1994 08:49:37 GMT"), used for Retry-After.
#pragma once

#include "core/unix_time.h"

#include <string>

namespace orderhub::sandbox {

// Formatted independently of the C locale, so the day and month names are always English.
std::string format_http_date(WallClock::time_point time);

}  // namespace orderhub::sandbox
