// setting_values.h: the text forms of account setting values: booleans ("true"/"false"),
// durations ("90s", "30m", "2h", "1h30m", "0") and dates ("2026-11-23"), read strictly and
// written back in one canonical form.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "domain/result.h"

namespace orderhub::pipeline {

// "true" or "false" (also "yes"/"no", "on"/"off", "1"/"0" on input).
domain::Result<bool> parse_setting_bool(std::string_view text);
std::string format_setting_bool(bool value);

// One or more <digits><unit> with unit d, h, m or s ("1h30m"), or "0".
domain::Result<std::chrono::seconds> parse_duration(std::string_view text);
// The shortest form: "30m", "90s" stays "90s" (not "1m30s"), "2h", "1h30m", "0s".
std::string format_duration(std::chrono::seconds duration);

}  // namespace orderhub::pipeline
