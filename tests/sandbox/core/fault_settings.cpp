// Fault configuration parsing and validation; see fault_settings.h.
#include "core/fault_settings.h"

namespace orderhub::sandbox {
namespace {

std::optional<std::string> check_rate(std::string_view name, double rate) {
  if (!(rate >= 0.0 && rate <= 1.0)) {
    return std::string(name) + " must be a rate between 0 and 1, got " + std::to_string(rate);
  }
  return std::nullopt;
}

std::optional<std::string> read_rate(const nlohmann::json& value, std::string_view name,
                                     double& target) {
  if (!value.is_number()) {
    return std::string(name) + " must be a number between 0 and 1, got " + value.dump();
  }
  target = value.get<double>();
  return check_rate(name, target);
}

std::optional<std::string> read_non_negative(const nlohmann::json& value, std::string_view name,
                                             std::int64_t& target) {
  if (!value.is_number_integer() || value.get<std::int64_t>() < 0) {
    return std::string(name) + " must be a non-negative integer, got " + value.dump();
  }
  target = value.get<std::int64_t>();
  return std::nullopt;
}

}  // namespace

std::string_view retry_after_form_name(RetryAfterForm form) {
  return form == RetryAfterForm::Seconds ? "seconds" : "http-date";
}

std::optional<RetryAfterForm> parse_retry_after_form(std::string_view text) {
  if (text == "seconds")
    return RetryAfterForm::Seconds;
  if (text == "http-date")
    return RetryAfterForm::HttpDate;
  return std::nullopt;
}

nlohmann::json fault_settings_to_json(const FaultSettings& settings) {
  return {
      {"fault-5xx", settings.server_error_rate},
      {"fault-429", settings.too_many_requests_rate},
      {"retry-after", settings.retry_after_seconds},
      {"retry-after-form", std::string(retry_after_form_name(settings.retry_after_form))},
      {"fault-slow", settings.slow_rate},
      {"slow-ms", settings.slow_milliseconds},
      {"fault-drop-after-apply", settings.drop_after_apply_rate},
      {"fault-malformed", settings.malformed_rate},
      {"fault-seed", settings.seed},
  };
}

std::optional<std::string> apply_fault_changes(FaultSettings& settings,
                                               const nlohmann::json& changes) {
  if (!changes.is_object()) {
    return "fault settings must be a JSON object, got " + changes.dump();
  }
  FaultSettings updated = settings;
  for (const auto& [key, value] : changes.items()) {
    std::optional<std::string> error;
    if (key == "fault-5xx") {
      error = read_rate(value, key, updated.server_error_rate);
    } else if (key == "fault-429") {
      error = read_rate(value, key, updated.too_many_requests_rate);
    } else if (key == "retry-after") {
      error = read_non_negative(value, key, updated.retry_after_seconds);
    } else if (key == "retry-after-form") {
      const auto form =
          value.is_string() ? parse_retry_after_form(value.get<std::string>()) : std::nullopt;
      if (!form) {
        error = "retry-after-form must be \"seconds\" or \"http-date\", got " + value.dump();
      } else {
        updated.retry_after_form = *form;
      }
    } else if (key == "fault-slow") {
      error = read_rate(value, key, updated.slow_rate);
    } else if (key == "slow-ms") {
      error = read_non_negative(value, key, updated.slow_milliseconds);
    } else if (key == "fault-drop-after-apply") {
      error = read_rate(value, key, updated.drop_after_apply_rate);
    } else if (key == "fault-malformed") {
      error = read_rate(value, key, updated.malformed_rate);
    } else if (key == "fault-seed") {
      if (!value.is_number_unsigned()) {
        error = "fault-seed must be a non-negative integer, got " + value.dump();
      } else {
        updated.seed = value.get<std::uint64_t>();
      }
    } else {
      error = "unknown fault setting \"" + key + "\"";
    }
    if (error) {
      return error;
    }
  }
  settings = updated;
  return std::nullopt;
}

std::optional<std::string> validate_fault_settings(const FaultSettings& settings) {
  for (const auto& [name, rate] :
       {std::pair{"fault-5xx", settings.server_error_rate},
        std::pair{"fault-429", settings.too_many_requests_rate},
        std::pair{"fault-slow", settings.slow_rate},
        std::pair{"fault-drop-after-apply", settings.drop_after_apply_rate},
        std::pair{"fault-malformed", settings.malformed_rate}}) {
    if (auto error = check_rate(name, rate)) {
      return error;
    }
  }
  if (settings.retry_after_seconds < 0) {
    return "retry-after must not be negative, got " + std::to_string(settings.retry_after_seconds);
  }
  if (settings.slow_milliseconds < 0) {
    return "slow-ms must not be negative, got " + std::to_string(settings.slow_milliseconds);
  }
  return std::nullopt;
}

}  // namespace orderhub::sandbox
