// action_settings.h: the account settings that decide whether an action's effect is sent to the
// channel (see the account settings for their text form and defaults).
#pragma once

#include <chrono>

namespace orderhub::pipeline {

struct ActionSettings {
  bool fulfillment_upload = true;             // fulfillment.upload: send shipments
  std::chrono::seconds fulfillment_delay{0};  // fulfillment.delay: hold each upload this long
  bool refund_send_to_channel = true;         // refund.send_to_channel: send refunds
  bool invoice_upload = false;                // invoice.upload: send each shipped order's invoice
  // fulfillment.delay_skip_weekends: the delay only runs on weekdays (UTC)
  bool fulfillment_delay_skip_weekends = false;
};

}  // namespace orderhub::pipeline
