// "orderhub.http/1": checks the plugin's request, performs the exchange, fills the response and
// the error, and logs one debug line per request with secrets masked (headers are never logged).
#include <algorithm>
#include <limits>
#include <optional>
#include <random>
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
#include "text.h"

namespace orderhub::services {
namespace {

// A Retry-After up to this long is waited out in the call; a longer one fails the call as
// RESOURCE_EXHAUSTED with the time left, so the caller schedules its retry instead of blocking.
constexpr std::chrono::milliseconds kLongestRetryWait{30'000};

// A request the channel refused for a passing reason (429, 502-504, a connection that failed) is
// sent again within the same call, up to this many times in all, when repeating it is safe. Every
// failed request would otherwise fail the plugin's whole call, and a call made of several
// requests (look up, then write) would rarely get through a channel that fails a few in ten.
constexpr int kAttempts = 4;
// Within a call, a Retry-After up to this long is waited out before asking again; a longer one
// ends the call (the outbox or the scheduler retries later).
constexpr std::chrono::milliseconds kLongestInCallRetryWait{5'000};
// The pause before the second attempt when the channel gave no Retry-After; doubled each time.
constexpr std::chrono::milliseconds kFirstRetryPause{100};

// Safe methods, and writes the channel deduplicates by their Idempotency-Key header, may be sent
// again whatever happened to the first one. Any other write only when the channel cannot have
// acted on it (429, or no connection at all): after a dropped connection it may have been applied.
bool may_repeat(const HttpRequest& request) {
  if (request.method == "GET" || request.method == "HEAD" || request.method == "OPTIONS") {
    return true;
  }
  return std::any_of(request.headers.begin(), request.headers.end(), [](const auto& header) {
    return lower_case(header.first) == "idempotency-key" && !header.second.empty();
  });
}

// 429 says the request was refused before it was acted on (RFC 6585); 502, 503 and 504 say the
// channel could not serve it now, which only a repeatable request may try again.
bool answer_worth_repeating(int http_status, bool repeatable) {
  if (http_status == 429) {
    return true;
  }
  return repeatable && (http_status == 502 || http_status == 503 || http_status == 504);
}

// kFirstRetryPause doubled per attempt, with jitter so that many callers do not come back at once.
std::chrono::milliseconds retry_pause(int attempt) {
  thread_local std::mt19937 random(std::random_device{}());
  const std::int64_t ceiling = kFirstRetryPause.count() << std::min(attempt - 1, 6);
  return std::chrono::milliseconds(
      std::uniform_int_distribution<std::int64_t>(ceiling / 2, ceiling)(random));
}

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
  const std::string& scope = instance_host->identity().key_value_scope;
  const bool repeatable = may_repeat(parsed);
  HttpExchangeResult result;
  for (int attempt = 1;; ++attempt) {
    const bool last_attempt = attempt == kAttempts;
    // One request of an account in flight at a time, across threads: a request sent while another
    // one is being answered with 429 would arrive before a Retry-After it could not have seen.
    SendingTurn sending;
    if (!scope.empty()) {
      sending = RetryGate::instance().take_turn(scope);
      // Never before the account's last Retry-After: wait a short one out, refuse a long one.
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
    const auto now = instance_host->environment().clock->now();
    const auto discard = [&](int http_status, const std::optional<std::string>& retry_after) {
      if (last_attempt || !answer_worth_repeating(http_status, repeatable)) {
        return false;
      }
      // A long Retry-After is the caller's to schedule: the plugin gets this answer.
      const auto delay = retry_after ? parse_retry_after(*retry_after, now) : std::nullopt;
      return !delay || *delay <= kLongestInCallRetryWait;
    };
    result = exchange(parsed, response_fields.headers, response_fields.body, discard);
    std::optional<std::chrono::milliseconds> retry_after;
    if (result.status == StatusCode::ok && result.retry_after) {
      retry_after =
          parse_retry_after(*result.retry_after, instance_host->environment().clock->now());
      if (retry_after && !scope.empty()) {
        RetryGate::instance().hold(scope, *retry_after);
      }
    }
    sending = {};

    std::string why_again;
    if (result.status == StatusCode::ok && result.discarded) {
      why_again = "HTTP " + std::to_string(result.http_status);
    } else if (result.status == StatusCode::unavailable && !last_attempt &&
               !result.wrote_to_plugin && (repeatable || result.not_connected)) {
      why_again = result.failure;
    } else {
      break;
    }
    // After a Retry-After the gate above makes the next attempt wait; without an account to
    // gate, the pause itself honours it.
    const std::chrono::milliseconds pause = retry_after && scope.empty()
                                                ? *retry_after + std::chrono::milliseconds(20)
                                                : retry_pause(attempt);
    logger.debug("http {} {} -> {} (attempt {} of {}); again in {} ms", parsed.method, masked_url,
                 why_again, attempt, kAttempts,
                 std::max(pause, retry_after.value_or(std::chrono::milliseconds(0))).count());
    std::this_thread::sleep_for(pause);
  }

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
