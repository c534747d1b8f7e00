// The interface every channel emulator implements (one folder per channel under channels/), and
// the router it registers its wire routes with. The framework wraps each route with request
// counting, Retry-After tracking and fault injection, and serialises handlers with one state lock,
// so an emulator is plain single-threaded code over its own state.
#pragma once

#include "core/fault_injector.h"
#include "core/received_log.h"
#include "core/reply.h"

#include <httplib.h>

#include <cstdint>
#include <functional>
#include <string>

namespace orderhub::sandbox {

// What deterministic order generation starts from: the same settings give the same orders.
struct GenerationSettings {
  std::uint64_t seed = 1;
  std::int64_t orders_per_channel = 20;
};

enum class HttpMethod { Get, Post, Put, Patch, Delete };

using ChannelHandler = std::function<Reply(const httplib::Request&)>;

struct ChannelRoute {
  HttpMethod method = HttpMethod::Get;
  // A regular expression for the path below the channel prefix, e.g. R"(/api/orders/(\d+))";
  // capture groups are in request.matches (index 1 is the first group).
  std::string path_pattern;
  // The path template used in stats, e.g. "/api/orders/<id>".
  std::string path_name;
  ChannelHandler handler;
  // Decides whether a request reads or writes (which faults can hit it). Empty means "GET reads,
  // everything else writes"; SOAP-style channels that POST their reads classify per request.
  std::function<RequestEffect(const httplib::Request&)> effect;
};

class ChannelRouter {
 public:
  virtual ~ChannelRouter() = default;
  virtual void add(ChannelRoute route) = 0;
};

class ChannelEmulator {
 public:
  virtual ~ChannelEmulator() = default;

  // Lower-case identifier: the URL prefix (/<name>/...) and the admin path (/admin/<name>/...).
  virtual std::string name() const = 0;

  // Registers the channel's wire routes; paths are relative to /<name>.
  virtual void register_routes(ChannelRouter& router) = 0;

  // Throws away all state and regenerates the deterministic orders.
  virtual void reset(const GenerationSettings& settings) = 0;

  // `GET /admin/<name>/orders`: the current state of every order, in the channel's wire shape.
  virtual Reply admin_list_orders() const = 0;

  // `POST /admin/<name>/orders`: adds an order given in the wire format, or merges a partial
  // override into a freshly generated one.
  virtual Reply admin_add_order(const std::string& body) = 0;

  // `PATCH /admin/<name>/orders/<id>`: changes fields and bumps the order's modification time.
  virtual Reply admin_change_order(const std::string& order_id, const std::string& body) = 0;

  // Who sent a request, for Retry-After tracking. By default the Basic user name, otherwise a
  // digest of the Authorization header (never the secret itself), otherwise the remote address.
  virtual std::string client_identity(const httplib::Request& request) const;
};

}  // namespace orderhub::sandbox
