// HTTP-date formatting; see http_date.h.
#include "core/http_date.h"

#include <array>
#include <cstdio>
#include <ctime>

namespace orderhub::sandbox {

std::string format_http_date(WallClock::time_point time) {
  static constexpr std::array<const char*, 7> day_names{"Sun", "Mon", "Tue", "Wed",
                                                        "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> month_names{
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::time_t seconds = WallClock::to_time_t(time);
  std::tm fields{};
  gmtime_r(&seconds, &fields);
  char text[64];
  std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d GMT",
                day_names[static_cast<std::size_t>(fields.tm_wday)], fields.tm_mday,
                month_names[static_cast<std::size_t>(fields.tm_mon)], fields.tm_year + 1900,
                fields.tm_hour, fields.tm_min, fields.tm_sec);
  return text;
}

}  // namespace orderhub::sandbox
