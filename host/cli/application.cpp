// Global options (before the command), logging setup, and dispatch to the command registry.
#include "orderhub/cli/application.h"

#include <iostream>
#include <optional>

#include <boost/program_options.hpp>

#include "default_paths.h"
#include "orderhub/cli/command.h"
#include "orderhub/cli/command_options.h"
#include "orderhub/logging/logging_setup.h"

#ifndef ORDERHUB_VERSION
#define ORDERHUB_VERSION "0.0.0"
#endif

namespace orderhub::cli {
namespace {

namespace options = boost::program_options;

constexpr const char* kProgramName = "orderhub";

options::options_description global_options_description() {
  options::options_description description("Global options (before the command)");
  description.add_options()(
      "plugins", options::value<std::string>()->value_name("DIR"),
      "plugin directory (default: ../plugins beside the executable's directory)")(
      "db", options::value<std::string>()->value_name("PATH")->default_value("orderhub.db"),
      "database file")("log-level",
                       options::value<std::string>()->value_name("LEVEL")->default_value("warn"),
                       "trace, debug, info, warn, error or off")(
      "log-format", options::value<std::string>()->value_name("FORMAT")->default_value("text"),
      "text or json (one JSON object per line)")("version", "print the version and exit")(
      "help,h", "show this help");
  return description;
}

// Global options end at the first argument that is neither an option nor an option's value.
std::size_t command_position(const std::vector<std::string>& arguments,
                             const options::options_description& description) {
  std::size_t index = 0;
  while (index < arguments.size() && arguments[index].starts_with('-')) {
    const std::string& argument = arguments[index];
    ++index;
    if (argument.find('=') != std::string::npos || !argument.starts_with("--")) {
      continue;
    }
    const options::option_description* option = description.find_nothrow(argument.substr(2), false);
    if (option != nullptr && option->semantic()->max_tokens() > 0) {
      ++index;
    }
  }
  return std::min(index, arguments.size());
}

void print_help(std::ostream& stream, const options::options_description& description,
                const CommandRegistry& commands) {
  stream << "Usage: " << kProgramName << " [global options] <command> [command options]\n\n"
         << "orderhub: a self-hosted multichannel order hub.\n\n"
         << description << "\n";
  commands.print_commands(stream);
  stream << "\nRun '" << kProgramName << " <command> --help' for a command's options.\n";
}

}  // namespace

int run(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
  const options::options_description description = global_options_description();
  const CommandRegistry commands = builtin_commands();
  GlobalOptions global;
  const CommandContext context{global, out, err, kProgramName};

  const std::size_t command_index = command_position(arguments, description);
  const std::vector<std::string> global_arguments(arguments.begin(),
                                                  arguments.begin() + command_index);
  options::variables_map values;
  try {
    options::store(options::command_line_parser(global_arguments)
                       .options(description)
                       .style(options::command_line_style::unix_style &
                              ~options::command_line_style::allow_guessing)
                       .run(),
                   values);
    options::notify(values);
  } catch (const options::error& error) {
    return usage_error(context, error.what());
  }
  if (values.count("help") != 0) {
    print_help(out, description, commands);
    return kExitSuccess;
  }
  if (values.count("version") != 0) {
    out << kProgramName << " " << ORDERHUB_VERSION << "\n";
    return kExitSuccess;
  }

  const std::string level_name = values["log-level"].as<std::string>();
  const auto level = logging::parse_log_level(level_name);
  if (!level) {
    return usage_error(context, "--log-level \"" + level_name +
                                    "\" is not one of trace, debug, info, warn, error, off");
  }
  const std::string format_name = values["log-format"].as<std::string>();
  const auto format = logging::parse_log_format(format_name);
  if (!format) {
    return usage_error(context, "--log-format \"" + format_name + "\" is not text or json");
  }
  logging::configure_logging(logging::LoggingOptions{*level, *format, nullptr});

  global.log_level = *level;
  global.database_path = values["db"].as<std::string>();
  global.plugin_directory = values.count("plugins") != 0
                                ? std::filesystem::path(values["plugins"].as<std::string>())
                                : default_plugin_directory();

  if (command_index == arguments.size()) {
    print_help(err, description, commands);
    return kExitUsage;
  }
  return commands.dispatch(
      context, std::vector<std::string>(arguments.begin() + command_index, arguments.end()));
}

int run_application(int argc, char** argv) {
  std::vector<std::string> arguments;
  for (int index = 1; index < argc; ++index) {
    arguments.emplace_back(argv[index]);
  }
  try {
    return run(arguments, std::cout, std::cerr);
  } catch (const std::exception& error) {
    std::cerr << kProgramName << ": " << error.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace orderhub::cli
