// upload_delay.h: when a shipment's upload to the channel first becomes due. With
// fulfillment.delay the upload waits that long; with fulfillment.delay_skip_weekends the delay
// only runs on weekdays (UTC), so a shipment recorded on Friday evening with a 2h delay goes out
// on Monday morning, and nothing delayed is ever sent on a Saturday or a Sunday.
#pragma once

#include "domain/time.h"
#include "pipeline/actions/action_settings.h"

namespace orderhub::pipeline {

// now + settings.fulfillment_delay, counting only weekday time when skip_weekends is set. A zero
// delay is always now: an undelayed upload is never held back by the weekend rule.
domain::Timestamp shipment_upload_time(domain::Timestamp now, const ActionSettings& settings);

}  // namespace orderhub::pipeline
