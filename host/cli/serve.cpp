// "orderhub serve [--config FILE]": runs the service (scheduled downloads, the outbox worker, the
// admin HTTP API) until SIGTERM or SIGINT. The configuration is checked whole before anything
// starts; --db and --plugins apply unless the configuration names its own.
#include <ostream>

#include "hub_access.h"
#include "orderhub/cli/command_options.h"
#include "orderhub/logging/logging_setup.h"
#include "service/service_runtime.h"
#include "service_commands.h"

namespace orderhub::cli {
namespace {

namespace po = boost::program_options;

int serve(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options(
      "[--config FILE]",
      "Runs orderhub as a service: every enabled account downloads on its download.interval, the\n"
      "outbox is delivered continuously (with backoff, jitter and Retry-After), and the admin API\n"
      "listens on the configured address (default 127.0.0.1:8470) with bearer-token\n"
      "authentication. SIGTERM or SIGINT stops it cleanly (exit 0).\n"
      "The config file is JSON (comments allowed) with the keys listen, token or token_file, db,\n"
      "plugins, log_format (text|json), log_level, outbox_lease and outbox_retry_cap.");
  options.add()("config", po::value<std::string>()->value_name("FILE"), "the configuration file");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("config") == 0) {
    return usage_error(context,
                       "--config FILE is required: the admin API needs a token (\"token\" or "
                       "\"token_file\")");
  }
  auto config = service::load_service_config((*values)["config"].as<std::string>());
  if (!config) {
    return command_failure(context, config.error().message);
  }
  logging::configure_logging(
      logging::LoggingOptions{config->log_level, config->log_format, nullptr});
  service::ServicePaths paths;
  paths.database =
      config->database ? std::filesystem::path(*config->database) : context.options.database_path;
  paths.plugins =
      config->plugins ? std::filesystem::path(*config->plugins) : context.options.plugin_directory;
  return service::run_service(*config, paths, context.out, context.err);
}

}  // namespace

Command serve_command() {
  return Command{"serve", "run as a service: scheduled downloads, outbox delivery, admin API",
                 &serve};
}

}  // namespace orderhub::cli
