// The fault configuration: how often each fault is injected and how it looks. The same names are
// used for the command-line flags and the keys of `PUT /admin/faults`.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::sandbox {

enum class RetryAfterForm { Seconds, HttpDate };

std::string_view retry_after_form_name(RetryAfterForm form);
std::optional<RetryAfterForm> parse_retry_after_form(std::string_view text);

struct FaultSettings {
  // Rates are probabilities in [0, 1] per channel request.
  double server_error_rate = 0;                               // fault-5xx
  double too_many_requests_rate = 0;                          // fault-429
  std::int64_t retry_after_seconds = 1;                       // retry-after
  RetryAfterForm retry_after_form = RetryAfterForm::Seconds;  // retry-after-form
  double slow_rate = 0;                                       // fault-slow
  std::int64_t slow_milliseconds = 1000;                      // slow-ms
  double drop_after_apply_rate = 0;                           // fault-drop-after-apply
  double malformed_rate = 0;                                  // fault-malformed
  std::uint64_t seed = 1;                                     // fault-seed
};

// {"fault-5xx": 0.0, "fault-429": 0.0, "retry-after": 1, "retry-after-form": "seconds", ...}
nlohmann::json fault_settings_to_json(const FaultSettings& settings);

// Applies a partial update keyed like fault_settings_to_json. Nothing is changed when any key is
// unknown or any value out of range; the error names the key and the value.
std::optional<std::string> apply_fault_changes(FaultSettings& settings,
                                               const nlohmann::json& changes);

// Checks values coming from the command line with the same rules as the admin route.
std::optional<std::string> validate_fault_settings(const FaultSettings& settings);

}  // namespace orderhub::sandbox
