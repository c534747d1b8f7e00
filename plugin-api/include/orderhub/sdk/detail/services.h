// orderhub/sdk/detail/services.h: what every host service wrapper does the same way: accept a
// service table only if it is complete for v1.0, and turn a failed host call into an Error.
#ifndef ORDERHUB_SDK_DETAIL_SERVICES_H
#define ORDERHUB_SDK_DETAIL_SERVICES_H

#include <string>
#include <string_view>

#include "../error.h"
#include "error_struct.h"
#include "versioned_struct.h"

namespace orderhub::sdk::detail {

// The service table behind table, or Error(FAILED_PRECONDITION) naming the service when the host
// does not offer it (NULL) or offers an incomplete one.
template <class Table>
Table require_service(const void* table, std::string_view service_id) {
  auto copy = read_versioned<Table>(table);
  if (!copy) {
    throw Error(Status::FAILED_PRECONDITION,
                "the host does not offer the service " + std::string(service_id));
  }
  return *copy;
}

// Throws Error(status, context + ": " + the host's message) unless status is OK.
inline void throw_unless_ok(orderhub_status status, const orderhub_error& error,
                            std::string_view context) {
  if (status == ORDERHUB_STATUS_OK) {
    return;
  }
  std::string message(context);
  const std::string detail = read_error_message(error);
  if (!detail.empty()) {
    message += ": ";
    message += detail;
  }
  throw Error(from_abi(status), message, error.retry_after_ms);
}

// A NUL-terminated copy of text for the C side, or Error(INVALID_ARGUMENT) naming what when text
// holds a NUL byte (which would silently cut it short).
inline std::string c_string(std::string_view text, std::string_view what) {
  if (text.find('\0') != std::string_view::npos) {
    throw Error(Status::INVALID_ARGUMENT, std::string(what) + " contains a NUL byte");
  }
  return std::string(text);
}

}  // namespace orderhub::sdk::detail

#endif  // ORDERHUB_SDK_DETAIL_SERVICES_H
