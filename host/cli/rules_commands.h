// rules_commands.h: the "rules" command group (the order rule engine) and what its subcommands
// share. Each subcommand lives in its own rules_*.cpp file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/result.h"
#include "domain/rule.h"
#include "orderhub/cli/command.h"

namespace orderhub::cli {

Command rules_command();

Command rules_add_command();
Command rules_update_command();
Command rules_list_command();
Command rules_show_command();
Command rules_enable_command();
Command rules_disable_command();
Command rules_remove_command();
Command rules_order_command();
Command rules_run_command();
Command rules_test_command();
Command rules_log_command();

// A rule id as typed: a positive whole number.
domain::Result<std::int64_t> parse_rule_id(std::string_view text);

// The whole content of a rule file, or an error naming the file.
domain::Result<std::string> read_rule_file(const std::string& path);

// "rule 3 "Hold Texas orders" (version 2, enabled, position 1)".
std::string rule_line(const domain::StoredRule& rule);

}  // namespace orderhub::cli
