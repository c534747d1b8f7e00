// One HTTP request/response over cpp-httplib, with the failure classes the http service reports.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include <orderhub/abi/writer.h>

#include "http_request.h"
#include "orderhub/services/status_code.h"

namespace orderhub::services {

struct HttpExchangeResult {
  // OK when any HTTP response arrived; UNAVAILABLE, DEADLINE_EXCEEDED or RESOURCE_EXHAUSTED else.
  StatusCode status = StatusCode::ok;
  // Why it failed, without the URL (the caller adds a masked one).
  std::string failure;
  int http_status = 0;
  std::optional<std::string> retry_after;
  std::chrono::milliseconds duration{0};
};

// Sends request; streams the response headers ("name: value\r\n", names lower-cased) and body into
// the plugin's writers (either may be NULL).
HttpExchangeResult exchange(const HttpRequest& request, const orderhub_writer* header_writer,
                            const orderhub_writer* body_writer);

}  // namespace orderhub::services
