// The /admin API; see admin_routes.h and the README for the JSON shapes.
#include "core/admin_routes.h"

#include <nlohmann/json.hpp>

#include <mutex>
#include <optional>
#include <type_traits>

namespace orderhub::sandbox {
namespace {

using nlohmann::json;

constexpr const char* channel_pattern = "([a-z0-9_-]+)";

void write_reply(const Reply& reply, httplib::Response& response) {
  response.status = reply.status;
  response.set_content(reply.body, reply.content_type.c_str());
}

void write_json(int status, const json& document, httplib::Response& response) {
  write_reply(Reply::json(status, document), response);
}

// Runs `action` with the channel named in the first path capture, or answers 404.
template <typename Action>
void with_channel(SandboxState& state, const httplib::Request& request, httplib::Response& response,
                  Action action) {
  std::lock_guard lock(state.mutex);
  const std::string name = request.matches[1];
  SandboxChannel* channel = state.find_channel(name);
  if (channel == nullptr) {
    write_reply(Reply::error(404, "unknown channel \"" + name +
                                      "\"; channels: " + json(state.channel_names()).dump()),
                response);
    return;
  }
  write_reply(action(*channel), response);
}

std::optional<json> parse_object_or_empty(const std::string& body, std::string& error) {
  if (body.empty()) {
    return json::object();
  }
  json document = json::parse(body, nullptr, false);
  if (document.is_discarded() || !document.is_object()) {
    error = "request body must be a JSON object, got: " + body.substr(0, 200);
    return std::nullopt;
  }
  return document;
}

void get_health(SandboxState& state, httplib::Response& response) {
  std::lock_guard lock(state.mutex);
  write_json(200,
             {{"status", "ok"},
              {"channels", state.channel_names()},
              {"seed", state.generation.seed},
              {"orders_per_channel", state.generation.orders_per_channel}},
             response);
}

void get_stats(SandboxState& state, httplib::Response& response) {
  std::lock_guard lock(state.mutex);
  json stats = json::object();
  state.stats.write_json(stats);
  state.throttles.write_json(stats);
  write_json(200, stats, response);
}

void put_faults(SandboxState& state, const httplib::Request& request, httplib::Response& response) {
  std::string error;
  const auto changes = parse_object_or_empty(request.body, error);
  if (!changes) {
    write_reply(Reply::error(400, error), response);
    return;
  }
  std::lock_guard lock(state.mutex);
  FaultSettings settings = state.faults.settings();
  if (auto failure = apply_fault_changes(settings, *changes)) {
    write_reply(Reply::error(400, *failure), response);
    return;
  }
  if (changes->contains("fault-seed")) {
    state.faults = FaultInjector(settings);  // giving a seed replays its sequence from the start
  } else {
    state.faults.configure(settings);
  }
  write_json(200, fault_settings_to_json(settings), response);
}

// Reads an optional non-negative integer option of the reset body into `target`.
std::optional<std::string> read_reset_option(const json& options, const char* name, auto& target) {
  if (!options.contains(name)) {
    return std::nullopt;
  }
  if (!options.at(name).is_number_unsigned()) {
    return std::string(name) + " must be a non-negative integer, got " + options.at(name).dump();
  }
  target = options.at(name).get<std::remove_reference_t<decltype(target)>>();
  return std::nullopt;
}

void post_reset(SandboxState& state, const httplib::Request& request, httplib::Response& response) {
  std::string error;
  const auto options = parse_object_or_empty(request.body, error);
  if (!options) {
    write_reply(Reply::error(400, error), response);
    return;
  }
  std::lock_guard lock(state.mutex);
  GenerationSettings generation = state.generation;
  for (auto failure : {read_reset_option(*options, "seed", generation.seed),
                       read_reset_option(*options, "orders", generation.orders_per_channel)}) {
    if (failure) {
      write_reply(Reply::error(400, *failure), response);
      return;
    }
  }
  state.reset(generation);
  write_json(200,
             {{"status", "reset"},
              {"seed", generation.seed},
              {"orders_per_channel", generation.orders_per_channel}},
             response);
}

void register_global_routes(httplib::Server& server, SandboxState& state) {
  server.Get("/admin/health", [&state](const httplib::Request&, httplib::Response& response) {
    get_health(state, response);
  });
  server.Get("/admin/stats", [&state](const httplib::Request&, httplib::Response& response) {
    get_stats(state, response);
  });
  server.Get("/admin/faults", [&state](const httplib::Request&, httplib::Response& response) {
    std::lock_guard lock(state.mutex);
    write_json(200, fault_settings_to_json(state.faults.settings()), response);
  });
  server.Put("/admin/faults",
             [&state](const httplib::Request& request, httplib::Response& response) {
               put_faults(state, request, response);
             });
  server.Post("/admin/reset",
              [&state](const httplib::Request& request, httplib::Response& response) {
                post_reset(state, request, response);
              });
}

void register_channel_routes(httplib::Server& server, SandboxState& state) {
  const std::string prefix = std::string("/admin/") + channel_pattern;

  server.Get(
      prefix + "/orders", [&state](const httplib::Request& request, httplib::Response& response) {
        with_channel(state, request, response,
                     [](SandboxChannel& channel) { return channel.emulator->admin_list_orders(); });
      });

  server.Post(prefix + "/orders",
              [&state](const httplib::Request& request, httplib::Response& response) {
                with_channel(state, request, response, [&request](SandboxChannel& channel) {
                  return channel.emulator->admin_add_order(request.body);
                });
              });

  server.Patch(prefix + "/orders/([^/]+)",
               [&state](const httplib::Request& request, httplib::Response& response) {
                 with_channel(state, request, response, [&request](SandboxChannel& channel) {
                   return channel.emulator->admin_change_order(request.matches[2], request.body);
                 });
               });

  server.Get(prefix + "/received",
             [&state](const httplib::Request& request, httplib::Response& response) {
               with_channel(state, request, response, [&request](SandboxChannel& channel) {
                 std::optional<std::string> kind;
                 if (request.has_param("kind")) {
                   kind = request.get_param_value("kind");
                 }
                 return Reply::json(200, channel.received->to_json(kind));
               });
             });
}

}  // namespace

void register_admin_routes(httplib::Server& server, SandboxState& state) {
  register_global_routes(server, state);
  register_channel_routes(server, state);
}

}  // namespace orderhub::sandbox
