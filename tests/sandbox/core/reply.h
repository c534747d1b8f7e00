// What a sandbox route answers: status, body and content type, built without touching httplib so
// that channel emulators stay plain functions of their state.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace orderhub::sandbox {

struct Reply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;

  static Reply json(int status, const nlohmann::json& document) {
    return Reply{status, document.dump(), "application/json", {}};
  }

  // Errors are `{"message": "..."}`, the shape CS-Cart and the admin API both use.
  static Reply error(int status, std::string message) {
    return json(status, nlohmann::json{{"message", std::move(message)}});
  }
};

// A failed operation, carrying the HTTP status the route should answer with.
struct ApiError {
  int status = 400;
  std::string message;
};

}  // namespace orderhub::sandbox
