// service_config.h: the configuration of `orderhub serve`, read from a JSON file (comments
// allowed) and checked whole before anything starts:
//
//   {
//     "listen": "127.0.0.1:8470",          // address:port of the admin API
//     "token_file": "/etc/orderhub/token",  // or "token": "...": the admin bearer token
//     "db": "/var/lib/orderhub/orderhub.db",
//     "plugins": "/usr/lib/orderhub/plugins",
//     "log_format": "json",                 // text | json
//     "log_level": "info",                  // trace | debug | info | warn | error | off
//     "outbox_lease": "120s",               // how long a delivery keeps a row claimed
//     "outbox_retry_cap": "15m"             // the longest backoff between delivery attempts
//   }
//
// Unknown keys and bad values are refused with the key named. The token itself never appears in
// an error message or a log line.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.h"
#include "orderhub/logging/logging_setup.h"

namespace orderhub::service {

struct ListenAddress {
  std::string host = "127.0.0.1";
  int port = 8470;  // 0: any free port (the service logs and prints the one it got)
};

struct ServiceConfig {
  ListenAddress listen{};
  std::string token{};                  // from "token" or the content of "token_file"
  std::optional<std::string> database;  // unset: the --db global option
  std::optional<std::string> plugins;   // unset: the --plugins global option
  logging::LogFormat log_format = logging::LogFormat::text;
  spdlog::level::level_enum log_level = spdlog::level::info;
  std::chrono::seconds outbox_lease{120};
  std::chrono::seconds outbox_retry_cap{15 * 60};
};

// "127.0.0.1:8470", "[::1]:8470", "localhost:0". Errors say what is wrong with the text.
domain::Result<ListenAddress> parse_listen_address(std::string_view text);

// Parses and checks a configuration's text. Errors read `config: "listen": ...`; token_file is
// read relative to the working directory.
domain::Result<ServiceConfig> parse_service_config(std::string_view text);

// Reads the file and parses it; errors name the file.
domain::Result<ServiceConfig> load_service_config(const std::string& path);

}  // namespace orderhub::service
