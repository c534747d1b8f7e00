// api_server.cpp: the HTTP server, its authentication gate, limits and per-route metrics.
#include "http/api_server.h"

#include <chrono>

#include "http/auth.h"
#include "http/json_body.h"
#include "orderhub/logging/logging_setup.h"

namespace orderhub::http {

namespace {

// Threads answering requests. A keep-alive connection holds its thread while it stays open, so
// this is the number of clients served at once; more queue. Reads run concurrently (each takes its
// own SQLite connection; WAL readers never wait for the writer), so a dashboard's or a load
// balancer's handful of connections must not wait behind each other.
constexpr std::size_t kWorkerThreads = 32;

bool is_open_path(const std::string& path) {
  return path == "/healthz";
}

// The pattern as a metrics label: "/api/v1/orders/{id}" for "/api/v1/orders/(\\d+)".
std::string route_label(std::string pattern) {
  for (const auto& [capture, name] :
       {std::pair<std::string, std::string>{"(\\d+)", "{id}"}, {"([^/]+)", "{name}"}}) {
    for (std::size_t at = pattern.find(capture); at != std::string::npos;
         at = pattern.find(capture)) {
      pattern.replace(at, capture.size(), name);
    }
  }
  return pattern;
}

}  // namespace

void Router::get(const std::string& pattern, Handler handler) {
  server_.Get(pattern, wrap("GET", pattern, std::move(handler)));
}

void Router::post(const std::string& pattern, Handler handler) {
  server_.Post(pattern, wrap("POST", pattern, std::move(handler)));
}

Handler Router::wrap(const std::string& method, const std::string& pattern, Handler handler) {
  // The router is gone once the routes are added: capture what the handler needs by value.
  return [&metrics = metrics_, method, label = route_label(pattern), handler = std::move(handler)](
             const httplib::Request& request, httplib::Response& response) {
    const auto start = std::chrono::steady_clock::now();
    try {
      handler(request, response);
    } catch (const std::exception& error) {
      logging::host_logger()->error("{} {}: {}", method, request.path, error.what());
      reply_error(response, 500, std::string("internal error: ") + error.what());
    }
    const Labels route = {{"method", method}, {"route", label}};
    metrics.observe("orderhub_http_request_duration_seconds", route, seconds_since(start));
    Labels with_code = route;
    with_code.emplace_back("code", std::to_string(response.status));
    metrics.count("orderhub_http_requests_total", with_code);
  };
}

ApiServer::ApiServer(ApiContext context, std::string token)
    : context_(context), token_(std::move(token)) {
  context_.metrics.describe("orderhub_http_requests_total",
                            "HTTP requests answered, by method, route pattern and status code");
  context_.metrics.describe("orderhub_http_request_duration_seconds",
                            "Time to answer an HTTP request, by method and route pattern");
  server_.set_payload_max_length(kMaximumBodyBytes);
  server_.set_read_timeout(10, 0);
  server_.set_write_timeout(10, 0);
  server_.set_keep_alive_max_count(1000);
  server_.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
  // A reply goes out in a few writes (headers, then body): without TCP_NODELAY the last one waits
  // for the client's delayed ACK, about 40 ms on Linux, on every keep-alive request.
  server_.set_tcp_nodelay(true);
  server_.set_pre_routing_handler(
      [this](const httplib::Request& request, httplib::Response& response) {
        if (is_open_path(request.path) ||
            bearer_token_matches(request.get_header_value("Authorization"), token_)) {
          return httplib::Server::HandlerResponse::Unhandled;
        }
        response.set_header("WWW-Authenticate", "Bearer");
        reply_error(response, 401, "a valid \"Authorization: Bearer <token>\" header is required");
        context_.metrics.count(
            "orderhub_http_requests_total",
            {{"method", request.method}, {"route", "unauthenticated"}, {"code", "401"}});
        return httplib::Server::HandlerResponse::Handled;
      });
  server_.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty()) {
      return;
    }
    if (response.status == 413) {
      reply_error(response, 413,
                  "the body is larger than " + std::to_string(kMaximumBodyBytes) + " bytes");
    } else if (response.status == 404) {
      reply_error(response, 404, "no route " + request.method + " " + request.path);
    } else {
      reply_error(response, response.status, "the request could not be served");
    }
  });
  add_routes();
}

ApiServer::~ApiServer() {
  stop();
}

void ApiServer::add_routes() {
  Router router(server_, context_.metrics);
  add_health_routes(router, context_);
  add_order_routes(router, context_);
  add_action_routes(router, context_);
  add_account_routes(router, context_);
  add_outbox_routes(router, context_);
}

domain::Result<int> ApiServer::start(const std::string& host, int port) {
  int bound = port;
  if (port == 0) {
    bound = server_.bind_to_any_port(host);
  } else if (!server_.bind_to_port(host, port)) {
    bound = -1;
  }
  if (bound <= 0) {
    return domain::Error{"cannot listen on " + host + ":" + std::to_string(port) +
                         " (address in use or not available)"};
  }
  thread_ = std::thread([this] { server_.listen_after_bind(); });
  return bound;
}

void ApiServer::stop() {
  if (thread_.joinable()) {
    server_.stop();
    thread_.join();
  }
}

}  // namespace orderhub::http
