// The /admin API: health, stats, fault settings, reset, and per channel the orders and the writes
// received. Admin routes are never faulted and never counted in channel stats.
#pragma once

#include "core/sandbox_state.h"

#include <httplib.h>

namespace orderhub::sandbox {

void register_admin_routes(httplib::Server& server, SandboxState& state);

}  // namespace orderhub::sandbox
