// Command-line parsing for orderhub-sandbox; see command_line.h.
#include "command_line.h"

#include "channels/channel_registry.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <sstream>

namespace orderhub::sandbox {
namespace {

namespace options = boost::program_options;

std::string join(const std::vector<std::string>& names) {
  std::string joined;
  for (const auto& name : names) {
    joined += (joined.empty() ? "" : ",") + name;
  }
  return joined;
}

std::variant<std::vector<std::string>, std::string> split_channels(const std::string& list) {
  const std::vector<std::string> known = built_channel_names();
  std::vector<std::string> channels;
  std::stringstream stream(list);
  std::string name;
  while (std::getline(stream, name, ',')) {
    if (name.empty()) {
      continue;
    }
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      return "--channels: unknown channel \"" + name + "\" (built: " + join(known) + ")";
    }
    if (std::find(channels.begin(), channels.end(), name) == channels.end()) {
      channels.push_back(name);
    }
  }
  if (channels.empty()) {
    return "--channels: no channel given in \"" + list + "\"";
  }
  return channels;
}

}  // namespace

std::variant<CommandLine, CommandLineExit> parse_command_line(int argc, const char* const* argv) {
  CommandLine line;
  std::string channels = join(built_channel_names());
  std::string retry_after_form = "seconds";
  std::int64_t orders = line.generation.orders_per_channel;

  options::options_description description(
      "orderhub-sandbox: emulates sales channels over HTTP on 127.0.0.1, with seeded orders and "
      "fault injection.\nPrints \"listening on http://127.0.0.1:PORT\" first, then serves until "
      "SIGTERM or SIGINT.\n\nOptions");
  // clang-format off
  description.add_options()
      ("help", "print this help and exit")
      ("port", options::value(&line.port)->default_value(0), "port to listen on; 0 picks a free port")
      ("seed", options::value(&line.generation.seed)->default_value(1), "seed for generated orders")
      ("orders", options::value(&orders)->default_value(orders), "orders generated per channel")
      ("channels", options::value(&channels)->default_value(channels),
       "comma-separated channels to serve")
      ("fault-5xx", options::value(&line.faults.server_error_rate)->default_value(0.0, "0"),
       "rate of 503 replies")
      ("fault-429", options::value(&line.faults.too_many_requests_rate)->default_value(0.0, "0"),
       "rate of 429 replies with Retry-After")
      ("retry-after", options::value(&line.faults.retry_after_seconds)->default_value(1),
       "seconds a 429 asks the client to wait")
      ("retry-after-form", options::value(&retry_after_form)->default_value(retry_after_form),
       "Retry-After as \"seconds\" or \"http-date\"")
      ("fault-slow", options::value(&line.faults.slow_rate)->default_value(0.0, "0"),
       "rate of slow replies")
      ("slow-ms", options::value(&line.faults.slow_milliseconds)->default_value(1000),
       "delay of a slow reply in milliseconds")
      ("fault-drop-after-apply",
       options::value(&line.faults.drop_after_apply_rate)->default_value(0.0, "0"),
       "rate of writes applied and then answered by closing the connection")
      ("fault-malformed", options::value(&line.faults.malformed_rate)->default_value(0.0, "0"),
       "rate of reads answered with a truncated body")
      ("fault-seed", options::value(&line.faults.seed)->default_value(1),
       "seed for the fault decisions")
      ("verbose", options::bool_switch(&line.verbose), "log each request to stderr");
  // clang-format on

  options::variables_map values;
  try {
    options::store(options::parse_command_line(argc, argv, description), values);
    options::notify(values);
  } catch (const options::error& failure) {
    return CommandLineExit{2, std::string("orderhub-sandbox: ") + failure.what() + " (see --help)"};
  }
  if (values.count("help") != 0) {
    std::ostringstream help;
    help << description;
    return CommandLineExit{0, help.str()};
  }

  if (line.port < 0 || line.port > 65535) {
    return CommandLineExit{
        2, "orderhub-sandbox: --port must be 0..65535, got " + std::to_string(line.port)};
  }
  if (orders < 0) {
    return CommandLineExit{
        2, "orderhub-sandbox: --orders must not be negative, got " + std::to_string(orders)};
  }
  line.generation.orders_per_channel = orders;
  const auto form = parse_retry_after_form(retry_after_form);
  if (!form) {
    return CommandLineExit{2,
                           "orderhub-sandbox: --retry-after-form must be seconds or "
                           "http-date, got \"" +
                               retry_after_form + "\""};
  }
  line.faults.retry_after_form = *form;
  if (auto error = validate_fault_settings(line.faults)) {
    return CommandLineExit{2, "orderhub-sandbox: --" + *error};
  }
  auto channel_list = split_channels(channels);
  if (auto* error = std::get_if<std::string>(&channel_list)) {
    return CommandLineExit{2, "orderhub-sandbox: " + *error};
  }
  line.channels = std::get<std::vector<std::string>>(std::move(channel_list));
  return line;
}

}  // namespace orderhub::sandbox
