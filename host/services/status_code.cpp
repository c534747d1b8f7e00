// Names and classification of status codes.
#include "orderhub/services/status_code.h"

#include <array>

namespace orderhub::services {
namespace {

constexpr std::array<std::string_view, 17> kStatusNames = {
    "OK",        "CANCELLED",      "UNKNOWN",           "INVALID_ARGUMENT",   "DEADLINE_EXCEEDED",
    "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
    "ABORTED",   "OUT_OF_RANGE",   "UNIMPLEMENTED",     "INTERNAL",           "UNAVAILABLE",
    "DATA_LOSS", "UNAUTHENTICATED"};

}  // namespace

std::optional<StatusCode> status_code_from_abi(orderhub_status status) {
  if (status < ORDERHUB_STATUS_OK || status > ORDERHUB_STATUS_UNAUTHENTICATED) {
    return std::nullopt;
  }
  return static_cast<StatusCode>(status);
}

std::string_view status_name(StatusCode code) {
  return kStatusNames.at(static_cast<std::size_t>(code));
}

bool is_retryable(StatusCode code) {
  return code == StatusCode::unavailable || code == StatusCode::resource_exhausted ||
         code == StatusCode::deadline_exceeded || code == StatusCode::aborted;
}

}  // namespace orderhub::services
