// The static service tables handed out by InstanceHost's get_service. Each lives in its own file.
#pragma once

#include <orderhub/abi/services/clock.h>
#include <orderhub/abi/services/http.h>
#include <orderhub/abi/services/kv.h>
#include <orderhub/abi/services/log.h>

namespace orderhub::services {

const orderhub_log_service& log_service_table();
const orderhub_clock_service& clock_service_table();
const orderhub_kv_service& key_value_service_table();
const orderhub_http_service& http_service_table();

}  // namespace orderhub::services
