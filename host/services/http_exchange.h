// One HTTP request/response over cpp-httplib, with the failure classes the http service reports.
#pragma once

#include <chrono>
#include <functional>
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
  // The response's status made the caller's discard() say yes: its headers and body were read
  // and dropped, never written to the plugin's writers.
  bool discarded = false;
  // Some of the response reached the plugin's writers: the exchange cannot be repeated cleanly.
  bool wrote_to_plugin = false;
  // The connection was never made, so the server cannot have seen the request.
  bool not_connected = false;
};

// Sends request; streams the response headers ("name: value\r\n", names lower-cased) and body into
// the plugin's writers (either may be NULL). When discard is given and says yes to the response's
// status code and Retry-After, the response is read but nothing of it is written (the caller will
// send the request again).
using DiscardAnswer =
    std::function<bool(int status, const std::optional<std::string>& retry_after)>;
HttpExchangeResult exchange(const HttpRequest& request, const orderhub_writer* header_writer,
                            const orderhub_writer* body_writer, const DiscardAnswer& discard = {});

}  // namespace orderhub::services
