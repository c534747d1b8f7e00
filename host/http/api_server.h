// api_server.h: the admin HTTP API of `orderhub serve` on cpp-httplib: every route under /api/v1
// plus /metrics needs "Authorization: Bearer <token>" (401 otherwise, whatever the path, so
// unauthenticated callers learn nothing about the routes); /healthz is open. Bodies over 1 MiB are
// refused with 413 before they are read; every request is counted and timed per route pattern.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <thread>

#include <httplib.h>

#include "http/api_context.h"

namespace orderhub::http {

using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

// Registers routes on the server, wrapping each handler so that its requests are counted and timed
// under the route's pattern and an exception becomes a 500 with a logged reason.
class Router {
 public:
  Router(httplib::Server& server, Metrics& metrics) : server_(server), metrics_(metrics) {}

  void get(const std::string& pattern, Handler handler);
  void post(const std::string& pattern, Handler handler);

 private:
  Handler wrap(const std::string& method, const std::string& pattern, Handler handler);

  httplib::Server& server_;
  Metrics& metrics_;
};

class ApiServer {
 public:
  // The token is kept for comparison only; it is never logged.
  ApiServer(ApiContext context, std::string token);
  ~ApiServer();
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  // Binds host:port (port 0: any free port) and serves on a background thread. Returns the port,
  // or an error when the address cannot be bound.
  domain::Result<int> start(const std::string& host, int port);

  // Stops accepting connections and waits for the requests being served to finish.
  void stop();

 private:
  void add_routes();

  ApiContext context_;
  std::string token_;
  httplib::Server server_;
  std::thread thread_;
};

// The route groups, each in its own file.
void add_health_routes(Router& router, ApiContext& context);
void add_order_routes(Router& router, ApiContext& context);
void add_action_routes(Router& router, ApiContext& context);
void add_account_routes(Router& router, ApiContext& context);
void add_outbox_routes(Router& router, ApiContext& context);

}  // namespace orderhub::http
