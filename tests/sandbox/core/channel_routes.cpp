// The fault-injecting wrapper around channel routes; see channel_routes.h.
//
// Order of events for one request: count it and check it against the client's last Retry-After,
// roll the faults, sleep if slow, answer 503 or 429 without touching state, otherwise run the
// emulator's handler, then drop the connection (writes) or truncate the body (reads) if chosen.
#include "core/channel_routes.h"

#include "core/connection_drop.h"
#include "core/http_date.h"

#include <chrono>
#include <exception>
#include <memory>
#include <thread>

namespace orderhub::sandbox {
namespace {

std::string_view method_name(HttpMethod method) {
  switch (method) {
    case HttpMethod::Get:
      return "GET";
    case HttpMethod::Post:
      return "POST";
    case HttpMethod::Put:
      return "PUT";
    case HttpMethod::Patch:
      return "PATCH";
    case HttpMethod::Delete:
      return "DELETE";
  }
  return "GET";
}

void write_reply(const Reply& reply, httplib::Response& response) {
  response.status = reply.status;
  for (const auto& [name, value] : reply.headers) {
    response.set_header(name, value);
  }
  response.set_content(reply.body, reply.content_type.c_str());
}

// The Retry-After header for a 429 sent now, and the moment before which a retry is early. The
// HTTP-date form has whole seconds, so its moment is rounded up: a client that waits until the
// date it was given is never early.
std::pair<std::string, WallClock::time_point> retry_after(const FaultSettings& settings,
                                                          WallClock::time_point sent_at) {
  const auto allowed_at = sent_at + std::chrono::seconds(settings.retry_after_seconds);
  if (settings.retry_after_form == RetryAfterForm::Seconds) {
    return {std::to_string(settings.retry_after_seconds), allowed_at};
  }
  auto whole_seconds = std::chrono::ceil<std::chrono::seconds>(allowed_at.time_since_epoch());
  const WallClock::time_point rounded{whole_seconds};
  return {format_http_date(rounded), rounded};
}

struct BoundRoute {
  ChannelRoute route;
  std::string stats_name;
};

void serve(SandboxState& state, SandboxChannel& channel, const BoundRoute& bound,
           const httplib::Request& request, httplib::Response& response) {
  const auto arrived_at = WallClock::now();
  const ChannelRoute& route = bound.route;
  const RequestEffect effect = route.effect                      ? route.effect(request)
                               : route.method == HttpMethod::Get ? RequestEffect::Read
                                                                 : RequestEffect::Write;
  std::string channel_name;
  std::string client;
  FaultPlan plan;
  FaultSettings settings;
  {
    std::lock_guard lock(state.mutex);
    channel_name = channel.emulator->name();
    client = channel.emulator->client_identity(request);
    state.stats.count_request(channel_name, bound.stats_name);
    state.throttles.check_request(channel_name, client, bound.stats_name, arrived_at);
    plan = state.faults.plan(effect);
    settings = state.faults.settings();
    if (plan.slow) {
      state.stats.count_fault(channel_name, FaultKind::Slow);
    }
    if (plan.failure) {
      state.stats.count_fault(channel_name, *plan.failure);
    }
  }

  if (plan.slow) {
    std::this_thread::sleep_for(std::chrono::milliseconds(settings.slow_milliseconds));
  }

  if (plan.failure == FaultKind::ServerError) {
    write_reply(Reply::error(503, "Service temporarily unavailable (sandbox fault)"), response);
    return;
  }
  if (plan.failure == FaultKind::TooManyRequests) {
    const auto sent_at = WallClock::now();
    auto [header, allowed_at] = retry_after(settings, sent_at);
    {
      std::lock_guard lock(state.mutex);
      state.throttles.record_throttle(channel_name, client, bound.stats_name, sent_at,
                                      settings.retry_after_seconds, allowed_at);
    }
    Reply reply = Reply::error(429, "Too many requests (sandbox fault)");
    reply.headers.emplace_back("Retry-After", std::move(header));
    write_reply(reply, response);
    return;
  }

  Reply reply;
  try {
    std::lock_guard lock(state.mutex);
    reply = route.handler(request);
  } catch (const std::exception& failure) {
    reply = Reply::error(500, std::string("sandbox handler failed: ") + failure.what());
  }

  if (plan.failure == FaultKind::DropAfterApply) {
    if (drop_connection(request)) {
      return;  // httplib's attempt to answer fails on the shut-down socket
    }
    reply = Reply::error(500, "sandbox fault drop-after-apply could not find the connection");
  }
  if (plan.failure == FaultKind::Malformed) {
    // Cut the body in half: invalid JSON (or XML) that still has a plausible start.
    reply.body.resize(reply.body.size() / 2);
  }
  write_reply(reply, response);
}

}  // namespace

void FaultingChannelRouter::add(ChannelRoute route) {
  const std::string pattern = "/" + channel_.emulator->name() + route.path_pattern;
  auto bound = std::make_shared<BoundRoute>();
  bound->stats_name = std::string(method_name(route.method)) + " " + route.path_name;
  bound->route = std::move(route);
  httplib::Server::Handler handler = [&state = state_, &channel = channel_, bound](
                                         const httplib::Request& request,
                                         httplib::Response& response) {
    serve(state, channel, *bound, request, response);
  };
  switch (bound->route.method) {
    case HttpMethod::Get:
      server_.Get(pattern, handler);
      break;
    case HttpMethod::Post:
      server_.Post(pattern, handler);
      break;
    case HttpMethod::Put:
      server_.Put(pattern, handler);
      break;
    case HttpMethod::Patch:
      server_.Patch(pattern, handler);
      break;
    case HttpMethod::Delete:
      server_.Delete(pattern, handler);
      break;
  }
}

}  // namespace orderhub::sandbox
