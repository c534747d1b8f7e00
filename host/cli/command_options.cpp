// Boost.Program_options wrapped so every command parses, helps and fails alike.
#include "orderhub/cli/command_options.h"

#include <iomanip>
#include <ostream>

namespace orderhub::cli {

namespace options = boost::program_options;

CommandOptions::CommandOptions(std::string usage, std::string description)
    : usage_(std::move(usage)), description_(std::move(description)) {
  visible_.add_options()("help,h", "show this help");
}

options::options_description_easy_init CommandOptions::add() {
  return visible_.add_options();
}

void CommandOptions::add_positional(const std::string& name, int max_count,
                                    const std::string& description) {
  hidden_.add_options()(name.c_str(), options::value<std::vector<std::string>>(),
                        description.c_str());
  positional_.add(name.c_str(), max_count);
  positional_help_.emplace_back(name, description);
}

std::optional<options::variables_map> CommandOptions::parse(
    const CommandContext& context, const std::vector<std::string>& arguments, int& exit_code) {
  options::options_description all;
  all.add(visible_).add(hidden_);
  options::variables_map values;
  try {
    options::store(options::command_line_parser(arguments)
                       .options(all)
                       .positional(positional_)
                       .style(options::command_line_style::unix_style &
                              ~options::command_line_style::allow_guessing)
                       .run(),
                   values);
    if (values.count("help") != 0) {
      print_help(context, context.out);
      exit_code = kExitSuccess;
      return std::nullopt;
    }
    options::notify(values);
  } catch (const options::error& error) {
    exit_code = usage_error(context, error.what());
    return std::nullopt;
  }
  return values;
}

void CommandOptions::print_help(const CommandContext& context, std::ostream& stream) const {
  stream << "Usage: " << context.command_line_name << (usage_.empty() ? "" : " ") << usage_
         << "\n\n"
         << description_ << "\n\n";
  if (!positional_help_.empty()) {
    stream << "Arguments:\n";
    for (const auto& [name, description] : positional_help_) {
      stream << "  " << std::left << std::setw(22) << name << description << "\n";
    }
    stream << "\n";
  }
  stream << visible_;
}

int usage_error(const CommandContext& context, const std::string& message) {
  context.err << context.command_line_name << ": " << message << "\n"
              << "Try '" << context.command_line_name << " --help'.\n";
  return kExitUsage;
}

}  // namespace orderhub::cli
