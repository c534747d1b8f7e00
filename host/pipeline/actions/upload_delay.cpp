// upload_delay.cpp: the due time of a delayed shipment upload, weekends skipped when asked.
#include "pipeline/actions/upload_delay.h"

#include <algorithm>

namespace orderhub::pipeline {
namespace {

bool is_weekend(std::chrono::sys_days day) {
  const std::chrono::weekday weekday{day};
  return weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
}

}  // namespace

domain::Timestamp shipment_upload_time(domain::Timestamp now, const ActionSettings& settings) {
  if (settings.fulfillment_delay <= std::chrono::seconds(0)) {
    return now;
  }
  if (!settings.fulfillment_delay_skip_weekends) {
    return now + settings.fulfillment_delay;
  }
  domain::Timestamp time = now;
  std::chrono::seconds remaining = settings.fulfillment_delay;
  while (true) {
    std::chrono::sys_days day = std::chrono::floor<std::chrono::days>(time);
    while (is_weekend(day)) {
      day += std::chrono::days(1);
      time = domain::Timestamp(day);
    }
    const domain::Timestamp end_of_day = domain::Timestamp(day + std::chrono::days(1));
    const std::chrono::seconds step = std::min(remaining, end_of_day - time);
    time += step;
    remaining -= step;
    if (remaining <= std::chrono::seconds(0)) {
      return time;
    }
  }
}

}  // namespace orderhub::pipeline
