// hub_access.h: what the commands that work on the hub's data share: opening the database and the
// plugin directory named by the global options, reading a --config argument, the current time,
// and printing tables, JSON and the one-line errors (exit 1) that change nothing.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/result.h"
#include "domain/time.h"
#include "orderhub/cli/command.h"
#include "orderhub/loader/plugin_registry.h"
#include "store/store.h"

namespace orderhub::cli {

// The database of --db, created with its schema when missing.
std::unique_ptr<store::Store> open_hub_store(const CommandContext& context);

// The plugins of --plugins, scanned without logging failures (a broken plugin is reported by
// `orderhub plugins check`, not by every command).
loader::PluginRegistry scan_plugins(const CommandContext& context);

// The text of a --config value: the JSON itself, or "@path" for the file's content.
domain::Result<std::string> read_config_argument(std::string_view argument);

// Now, whole seconds, UTC.
domain::Timestamp current_time();

// Prints "<command>: <message>" on stderr and returns kExitFailure.
int command_failure(const CommandContext& context, std::string_view message);

// Rows of cells as aligned columns; the first row is the header.
void print_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows);

// Pretty JSON (two-space indent) and a newline; invalid UTF-8 is replaced, never thrown on.
void print_json(std::ostream& out, const nlohmann::ordered_json& json);

}  // namespace orderhub::cli
