// api_context.cpp: reply helpers shared by the routes.
#include "http/api_context.h"

#include <charconv>

namespace orderhub::http {

namespace {

std::string_view code_of(int status) {
  switch (status) {
    case 400:
      return "bad_request";
    case 401:
      return "unauthorized";
    case 404:
      return "not_found";
    case 409:
      return "conflict";
    case 413:
      return "payload_too_large";
    case 422:
      return "unprocessable";
    case 503:
      return "unavailable";
    default:
      return status >= 500 ? "internal" : "error";
  }
}

}  // namespace

void reply_json(httplib::Response& response, int status, const nlohmann::ordered_json& json) {
  response.status = status;
  response.set_content(json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
                       "application/json");
}

void reply_error(httplib::Response& response, int status, std::string_view message) {
  reply_json(response, status,
             {{"error", {{"code", std::string(code_of(status))}, {"message", message}}}});
}

std::string path_text(const httplib::Request& request) {
  return request.matches.size() > 1 ? request.matches[1].str() : std::string();
}

std::optional<std::int64_t> path_id(const httplib::Request& request, httplib::Response& response,
                                    const std::string& what) {
  const std::string text = path_text(request);
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() || value <= 0) {
    reply_error(response, 404, what + " " + domain::quoted(text) + " is not an id");
    return std::nullopt;
  }
  return value;
}

}  // namespace orderhub::http
