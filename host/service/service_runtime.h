// service_runtime.h: `orderhub serve` put together: the store, the plugins, the download
// scheduler, the outbox worker and the admin API, started in that order and stopped in reverse on
// SIGTERM or SIGINT:
//   1. actions are refused (503) and the API stops taking connections, finishing the requests it
//      is serving (an action that answered 2xx is committed);
//   2. downloads stop after the page they are committing; deliveries finish the call in progress
//      and record its outcome;
//   3. the process exits 0. Every pending row is still in the outbox for the next start.
#pragma once

#include <filesystem>
#include <iosfwd>

#include "service/service_config.h"

namespace orderhub::service {

struct ServicePaths {
  std::filesystem::path database;
  std::filesystem::path plugins;
};

// Runs the service until SIGTERM or SIGINT. Prints "listening on HOST:PORT" on out once the API
// accepts connections. Returns the exit code: 0 after a clean stop, 1 when it could not start
// (the reason is logged and printed on err).
int run_service(const ServiceConfig& config, const ServicePaths& paths, std::ostream& out,
                std::ostream& err);

}  // namespace orderhub::service
