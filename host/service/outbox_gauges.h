// outbox_gauges.h: the outbox's depth (rows not delivered, by state) and the age of its oldest
// undelivered row, read from the store each time /metrics is asked for.
#pragma once

#include "http/metrics.h"
#include "store/store.h"

namespace orderhub::service {

void add_outbox_gauges(http::Metrics& metrics, store::Store& store);

}  // namespace orderhub::service
