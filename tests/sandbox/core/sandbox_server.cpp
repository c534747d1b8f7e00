// The sandbox HTTP server; see sandbox_server.h.
#include "core/sandbox_server.h"

#include "core/admin_routes.h"
#include "core/channel_routes.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <stdexcept>

namespace orderhub::sandbox {
namespace {

// Enough workers that slow replies and idle keep-alive connections from a parallel client do not
// starve other requests; httplib's default is tied to the core count.
constexpr std::size_t worker_threads = 32;

}  // namespace

SandboxServer::SandboxServer(const GenerationSettings& generation, const FaultSettings& faults)
    : state_(generation, faults) {
  server_.new_task_queue = [] { return new httplib::ThreadPool(worker_threads); };
  // Unmatched paths and methods get a JSON body like every other error.
  server_.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (response.body.empty()) {
      response.set_content(
          nlohmann::json{{"message", "no route for " + request.method + " " + request.path}}.dump(),
          "application/json");
    }
  });
}

void SandboxServer::add_channel(const EmulatorFactory& create) {
  SandboxChannel channel;
  channel.received = std::make_unique<ReceivedLog>();
  channel.emulator = create(*channel.received);
  channel.emulator->reset(state_.generation);
  state_.channels.push_back(std::move(channel));
}

void SandboxServer::log_requests() {
  server_.set_logger([](const httplib::Request& request, const httplib::Response& response) {
    std::cerr << request.method << ' ' << request.path << " -> " << response.status << '\n';
  });
}

int SandboxServer::bind(int port) {
  register_admin_routes(server_, state_);
  for (auto& channel : state_.channels) {
    FaultingChannelRouter router(server_, state_, channel);
    channel.emulator->register_routes(router);
  }
  const char* host = "127.0.0.1";
  if (port == 0) {
    const int bound = server_.bind_to_any_port(host);
    if (bound <= 0) {
      throw std::runtime_error("cannot bind 127.0.0.1 on any port");
    }
    return bound;
  }
  if (!server_.bind_to_port(host, port)) {
    throw std::runtime_error("cannot bind 127.0.0.1:" + std::to_string(port));
  }
  return port;
}

void SandboxServer::serve() {
  server_.listen_after_bind();
}

void SandboxServer::stop() {
  server_.stop();
}

}  // namespace orderhub::sandbox
