// The outcome of one call into a plugin, as the host sees it after checking the plugin kept the
// contract.
#pragma once

#include <chrono>
#include <string>

#include "orderhub/services/status_code.h"

namespace orderhub::loader {

using services::StatusCode;

struct CallResult {
  StatusCode status = StatusCode::ok;
  // Empty on OK; else the plugin's message (secrets masked) or the host's account of what broke.
  std::string message;
  // For retryable statuses: the earliest retry the channel asked for; zero when it gave no hint.
  std::chrono::milliseconds retry_after{0};
  // On OK: the JSON document (checked to parse) or, for render_pdf, the PDF bytes.
  std::string output;
  // True when the plugin broke the ABI contract (unknown status, OK without an instance, invalid
  // JSON, failure without a message, output past the limit, an escaping exception). A caller
  // that counts violations may disable the plugin.
  bool contract_violation = false;

  bool ok() const { return status == StatusCode::ok; }
};

}  // namespace orderhub::loader
