// "orderhub.http/1": checks the plugin's request, performs the exchange, fills the response and
// the error, and logs one debug line per request with secrets masked (headers are never logged).
#include <limits>
#include <string>
#include <thread>

#include <spdlog/spdlog.h>

#include "http_exchange.h"
#include "http_request.h"
#include "orderhub/services/abi_structs.h"
#include "orderhub/services/instance_host.h"
#include "orderhub/services/retry_after.h"
#include "orderhub/services/retry_gate.h"
#include "orderhub/services/url_masking.h"
#include "service_tables.h"

namespace orderhub::services {
namespace {

// A Retry-After up to this long is waited out in the call; a longer one fails the call as
// RESOURCE_EXHAUSTED with the time left, so the caller schedules its retry instead of blocking.
constexpr std::chrono::milliseconds kLongestRetryWait{30'000};

std::uint32_t clamp_to_milliseconds_field(std::chrono::milliseconds duration) {
  const auto maximum = std::numeric_limits<std::uint32_t>::max();
  return duration.count() >= static_cast<std::int64_t>(maximum)
             ? maximum
             : static_cast<std::uint32_t>(std::max<std::int64_t>(duration.count(), 0));
}

orderhub_status send(const orderhub_host* host, const orderhub_http_request* request,
                     orderhub_http_response* response, orderhub_error* error) {
  InstanceHost* instance_host = InstanceHost::from_abi(host);
  if (instance_host == nullptr) {
    fill_error(error, "http: host is not the orderhub_host given to create()");
    return ORDERHUB_STATUS_INVALID_ARGUMENT;
  }
  spdlog::logger& logger = instance_host->logger();

  orderhub_http_response response_fields;
  std::uint32_t declared_size = 0;
  if (!copy_versioned_struct(response, ORDERHUB_V1_SIZE(orderhub_http_response, body),
                             response_fields, &declared_size)) {
    const std::string message =
        response == nullptr ? std::string("http: response is NULL")
                            : "http: response struct_size " + std::to_string(declared_size) +
                                  " is smaller than the v1 size " +
                                  std::to_string(ORDERHUB_V1_SIZE(orderhub_http_response, body));
    logger.warn("{}", message);
    fill_error(error, message);
    return ORDERHUB_STATUS_INVALID_ARGUMENT;
  }
  response->status_code = 0;
  response->retry_after_ms = 0;

  HttpRequest parsed;
  try {
    parsed = read_http_request(request, instance_host->http_timeout());
  } catch (const InvalidHttpRequest& problem) {
    const std::string message = std::string("http: invalid request: ") + problem.what();
    logger.warn("{}", message);
    fill_error(error, message);
    return ORDERHUB_STATUS_INVALID_ARGUMENT;
  }

  const std::string masked_url = mask_url(parsed.url, parsed.secrets);
  // Never before the account's last Retry-After: wait a short one out, refuse a long one.
  const std::string& scope = instance_host->identity().key_value_scope;
  std::unique_lock<std::mutex> sending;
  if (!scope.empty()) {
    sending = std::unique_lock(RetryGate::instance().sending_lock(scope));
    const std::chrono::milliseconds wait = RetryGate::instance().remaining(scope);
    if (wait > kLongestRetryWait) {
      fill_error(error,
                 "http: " + parsed.method + " " + masked_url +
                     ": not sent, the channel asked to wait (Retry-After) another " +
                     std::to_string(wait.count()) + " ms",
                 clamp_to_milliseconds_field(wait));
      return ORDERHUB_STATUS_RESOURCE_EXHAUSTED;
    }
    if (wait.count() > 0) {
      logger.debug("http {} {}: waiting {} ms for the channel's Retry-After", parsed.method,
                   masked_url, wait.count());
      std::this_thread::sleep_for(wait);
    }
  }
  const HttpExchangeResult result = exchange(parsed, response_fields.headers, response_fields.body);

  if (result.status != StatusCode::ok) {
    logger.debug("http {} {} -> {} ({}) in {} ms", parsed.method, masked_url,
                 status_name(result.status), result.failure, result.duration.count());
    fill_error(error, mask_strings(parsed.method + " " + masked_url + ": " + result.failure,
                                   parsed.secrets));
    return to_abi(result.status);
  }

  response->status_code = result.http_status;
  if (result.retry_after) {
    const auto delay =
        parse_retry_after(*result.retry_after, instance_host->environment().clock->now());
    if (delay) {
      response->retry_after_ms = clamp_to_milliseconds_field(*delay);
      if (!scope.empty()) {
        RetryGate::instance().hold(scope, *delay);
      }
    }
  }
  logger.debug("http {} {} -> {} in {} ms", parsed.method, masked_url, result.http_status,
               result.duration.count());
  return ORDERHUB_STATUS_OK;
}

constexpr orderhub_http_service kHttpService = {sizeof(orderhub_http_service), &send};

}  // namespace

const orderhub_http_service& http_service_table() {
  return kHttpService;
}

}  // namespace orderhub::services
