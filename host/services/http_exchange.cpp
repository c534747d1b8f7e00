// The cpp-httplib side of the http service. A fresh connection per request: plugins make few,
// slow-paced calls, and a fresh connection makes every failure easy to attribute.
#include "http_exchange.h"

#include <algorithm>
#include <cctype>
#include <memory>

#include <httplib.h>

#include "orderhub/services/abi_structs.h"
#include "text.h"

#ifndef ORDERHUB_VERSION
#define ORDERHUB_VERSION "0.0.0"
#endif

namespace orderhub::services {
namespace {

std::unique_ptr<httplib::ClientImpl> make_client(const HttpUrl& url) {
  if (url.scheme == "https") {
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
    auto client = std::make_unique<httplib::SSLClient>(url.host, url.port);
    client->enable_server_certificate_verification(true);
    return client;
#else
    return nullptr;
#endif
  }
  return std::make_unique<httplib::ClientImpl>(url.host, url.port);
}

// What went wrong while the exchange was under way, learnt from inside httplib's callbacks.
enum class Interruption { none, header_writer_refused, body_writer_refused, deadline_passed };

}  // namespace

HttpExchangeResult exchange(const HttpRequest& request, const orderhub_writer* header_writer,
                            const orderhub_writer* body_writer, const DiscardAnswer& discard) {
  HttpExchangeResult result;
  std::unique_ptr<httplib::ClientImpl> client = make_client(request.parsed_url);
  if (!client) {
    result.status = StatusCode::invalid_argument;
    result.failure = "https is not supported by this build of orderhub";
    return result;
  }
  client->set_connection_timeout(request.timeout);
  client->set_read_timeout(request.timeout);
  client->set_write_timeout(request.timeout);
  client->set_keep_alive(false);

  httplib::Request http_request;
  http_request.method = request.method;
  http_request.path = request.parsed_url.target;
  for (const auto& [name, value] : request.headers) {
    http_request.headers.emplace(name, value);
  }
  if (!http_request.has_header("User-Agent")) {
    http_request.headers.emplace("User-Agent", "orderhub/" ORDERHUB_VERSION);
  }
  http_request.body = std::string(request.body);

  const auto started = std::chrono::steady_clock::now();
  const auto deadline = started + request.timeout;
  Interruption interruption = Interruption::none;

  http_request.response_handler = [&](const httplib::Response& response) {
    const std::optional<std::string> retry_after =
        response.has_header("Retry-After")
            ? std::optional<std::string>(response.get_header_value("Retry-After"))
            : std::nullopt;
    if (discard && discard(response.status, retry_after)) {
      result.discarded = true;
      return true;
    }
    if (header_writer == nullptr) {
      return true;
    }
    std::string lines;
    for (const auto& [name, value] : response.headers) {
      lines += lower_case(name) + ": " + value + "\r\n";
    }
    result.wrote_to_plugin = true;
    if (write_through(header_writer, lines) != ORDERHUB_STATUS_OK) {
      interruption = Interruption::header_writer_refused;
      return false;
    }
    return true;
  };
  http_request.content_receiver = [&](const char* data, std::size_t size, std::uint64_t,
                                      std::uint64_t) {
    if (std::chrono::steady_clock::now() > deadline) {
      interruption = Interruption::deadline_passed;
      return false;
    }
    if (body_writer == nullptr || result.discarded) {
      return true;
    }
    result.wrote_to_plugin = true;
    if (write_through(body_writer, std::string_view(data, size)) != ORDERHUB_STATUS_OK) {
      interruption = Interruption::body_writer_refused;
      return false;
    }
    return true;
  };

  httplib::Response response;
  httplib::Error error = httplib::Error::Success;
  const bool sent = client->send(http_request, response, error);
  result.duration = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started);
  if (sent) {
    result.http_status = response.status;
    if (response.has_header("Retry-After")) {
      result.retry_after = response.get_header_value("Retry-After");
    }
    return result;
  }

  // httplib reports a socket timeout as a plain read/write/connect failure; a failure that took
  // the whole timeout is one.
  const bool took_whole_timeout = result.duration >= request.timeout;
  const std::string timeout_text = std::to_string(request.timeout.count()) + " ms";
  switch (interruption) {
    case Interruption::header_writer_refused:
      result.status = StatusCode::resource_exhausted;
      result.failure = "the response headers were refused by the plugin's writer";
      return result;
    case Interruption::body_writer_refused:
      result.status = StatusCode::resource_exhausted;
      result.failure = "the response body was refused by the plugin's writer (too large?)";
      return result;
    case Interruption::deadline_passed:
      result.status = StatusCode::deadline_exceeded;
      result.failure = "no complete response within " + timeout_text;
      return result;
    case Interruption::none:
      break;
  }
  switch (error) {
    case httplib::Error::ConnectionTimeout:
      result.status = StatusCode::deadline_exceeded;
      result.failure = "connecting timed out after " + timeout_text;
      return result;
    case httplib::Error::Connection:
      result.not_connected = true;
      result.status = took_whole_timeout ? StatusCode::deadline_exceeded : StatusCode::unavailable;
      result.failure = took_whole_timeout ? "connecting timed out after " + timeout_text
                                          : "could not connect to " + request.parsed_url.host +
                                                ":" + std::to_string(request.parsed_url.port);
      return result;
    case httplib::Error::Read:
    case httplib::Error::Write:
    case httplib::Error::Unknown:
      result.status = took_whole_timeout ? StatusCode::deadline_exceeded : StatusCode::unavailable;
      result.failure = took_whole_timeout
                           ? "no response within " + timeout_text
                           : "the connection was dropped before a complete response (" +
                                 httplib::to_string(error) + ")";
      return result;
    default:
      result.status = StatusCode::unavailable;
      result.failure = httplib::to_string(error);
      return result;
  }
}

}  // namespace orderhub::services
