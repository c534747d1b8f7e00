// An orderhub_http_request read from the plugin and checked: the C++ values the exchange needs.
#pragma once

#include <chrono>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <orderhub/abi/services/http.h>

#include "orderhub/services/http_url.h"

namespace orderhub::services {

struct HttpRequest {
  std::string method;
  // As the plugin gave it; only ever logged through mask_url().
  std::string url;
  HttpUrl parsed_url;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string_view body;
  std::chrono::milliseconds timeout{0};
  // Borrowed from the plugin for the duration of send().
  std::vector<std::string_view> secrets;
};

// Thrown for a request that cannot be sent as given; the message names the field.
class InvalidHttpRequest : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// default_timeout applies when the request's timeout_ms is 0.
HttpRequest read_http_request(const orderhub_http_request* request,
                              std::chrono::milliseconds default_timeout);

}  // namespace orderhub::services
