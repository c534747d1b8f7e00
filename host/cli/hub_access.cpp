// hub_access.cpp: the helpers of the data commands.
#include "hub_access.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace orderhub::cli {
namespace {

// Characters, not bytes, so names with accents line up: UTF-8 continuation bytes do not count.
std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  }));
}

}  // namespace

std::unique_ptr<store::Store> open_hub_store(const CommandContext& context) {
  return store::open_store(context.options.database_path.string());
}

loader::PluginRegistry scan_plugins(const CommandContext& context) {
  return loader::PluginRegistry::scan(context.options.plugin_directory,
                                      loader::FailureLogging::silent);
}

domain::Result<std::string> read_config_argument(std::string_view argument) {
  if (!argument.starts_with('@')) {
    return std::string(argument);
  }
  const std::string path(argument.substr(1));
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return domain::Error{"cannot read the config file " + domain::quoted(path)};
  }
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

domain::Timestamp current_time() {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

int command_failure(const CommandContext& context, std::string_view message) {
  context.err << context.command_line_name << ": " << message << "\n";
  return kExitFailure;
}

void print_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty()) {
    return;
  }
  std::vector<std::size_t> widths(rows.front().size(), 0);
  for (const auto& row : rows) {
    for (std::size_t column = 0; column < row.size() && column < widths.size(); ++column) {
      widths[column] = std::max(widths[column], display_width(row[column]));
    }
  }
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t column = 0; column < row.size(); ++column) {
      const bool last = column + 1 == row.size();
      line += row[column];
      if (!last && column < widths.size()) {
        line += std::string(widths[column] - display_width(row[column]) + 2, ' ');
      }
    }
    out << line << "\n";
  }
}

void print_json(std::ostream& out, const nlohmann::ordered_json& json) {
  out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace orderhub::cli
