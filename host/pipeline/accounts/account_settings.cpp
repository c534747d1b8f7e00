// account_settings.cpp: the table of settings and the typed view built from it.
#include "pipeline/accounts/account_settings.h"

#include <array>
#include <string>

#include "orderhub/loader/plugin_kind.h"
#include "pipeline/accounts/setting_values.h"

namespace orderhub::pipeline {
namespace {

using namespace std::chrono_literals;

enum class ValueKind { boolean, duration, date, plugin_id, path, percent, decimal };

struct SettingRule {
  SettingDefinition definition;
  ValueKind kind;
  std::chrono::seconds minimum{0};  // durations only
};

constexpr std::array<SettingRule, 17> kRules{{
    {{"download.enabled", "true", "download orders from this account"}, ValueKind::boolean},
    {{"download.interval", "30m", "how often the service downloads (minimum 1s)"},
     ValueKind::duration,
     1s},
    {{"download.allow_unpaid", "false", "import orders that are not paid yet"}, ValueKind::boolean},
    {{"download.allow_shipped", "false", "import orders that were already fully shipped"},
     ValueKind::boolean},
    {{"download.limit_date", "", "skip orders created before this day, YYYY-MM-DD (empty: none)"},
     ValueKind::date},
    {{"download.lookback", "10m", "how far before the last watermark a download re-reads"},
     ValueKind::duration},
    {{"fulfillment.upload", "true", "send shipments (tracking) to the channel"},
     ValueKind::boolean},
    {{"fulfillment.delay", "0s", "wait this long before sending a shipment"}, ValueKind::duration},
    {{"fulfillment.delay_skip_weekends", "false",
      "count fulfillment.delay on weekdays only: no shipment is sent on Saturday or Sunday (UTC)"},
     ValueKind::boolean},
    {{"invoice.upload", "false", "send invoices to the channel"}, ValueKind::boolean},
    {{"invoice.plugin", "", "the invoice plugin id for this account (empty: the default)"},
     ValueKind::plugin_id},
    {{"invoice.template", "", "the invoice template path (empty: the plugin's default)"},
     ValueKind::path},
    {{"refund.send_to_channel", "true", "send refunds to the channel (else record them locally)"},
     ValueKind::boolean},
    {{"inventory.backorder", "false", "send backorder information (`orderhub inventory push`)"},
     ValueKind::boolean},
    {{"inventory.use_containers", "false",
      "shipping containers for purchase orders: backorders use the container's figures"},
     ValueKind::boolean},
    {{"pnl.commission_percent", "0",
      "the channel's commission, percent of items and shipping after discounts (e.g. 12.5)"},
     ValueKind::percent},
    {{"pnl.fee_fixed", "0",
      "the channel's fixed fee per order, a decimal in the order's currency (e.g. 0.30)"},
     ValueKind::decimal},
}};

// Digits, optionally a point and 1 to max_decimals digits: "12", "12.5", "0.30".
bool is_plain_decimal(std::string_view value, std::size_t max_decimals) {
  const std::size_t point = value.find('.');
  const std::string_view whole = value.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : value.substr(point + 1);
  const auto digits = [](std::string_view text) {
    return !text.empty() && text.size() <= 18 &&
           text.find_first_not_of("0123456789") == std::string_view::npos;
  };
  return digits(whole) &&
         (point == std::string_view::npos || (digits(fraction) && fraction.size() <= max_decimals));
}

constexpr std::array<SettingDefinition, kRules.size()> definitions_of_rules() {
  std::array<SettingDefinition, kRules.size()> definitions{};
  for (std::size_t index = 0; index < kRules.size(); ++index) {
    definitions[index] = kRules[index].definition;
  }
  return definitions;
}

constexpr std::array<SettingDefinition, kRules.size()> kDefinitions = definitions_of_rules();

const SettingRule* rule_for(std::string_view key) {
  for (const SettingRule& rule : kRules) {
    if (rule.definition.key == key) {
      return &rule;
    }
  }
  return nullptr;
}

std::string known_keys() {
  std::string keys;
  for (const SettingRule& rule : kRules) {
    keys += (keys.empty() ? "" : ", ") + std::string(rule.definition.key);
  }
  return keys;
}

domain::Result<std::string> normalized_value(const SettingRule& rule, std::string_view value) {
  switch (rule.kind) {
    case ValueKind::boolean: {
      auto parsed = parse_setting_bool(value);
      if (!parsed) {
        return parsed.error();
      }
      return format_setting_bool(*parsed);
    }
    case ValueKind::duration: {
      auto parsed = parse_duration(value);
      if (!parsed) {
        return parsed.error();
      }
      if (*parsed < rule.minimum) {
        return domain::Error{domain::quoted(value) + " is below the minimum of " +
                             format_duration(rule.minimum)};
      }
      return format_duration(*parsed);
    }
    case ValueKind::date: {
      if (value.empty()) {
        return std::string();
      }
      auto parsed = domain::parse_date(value);
      if (!parsed) {
        return domain::Error{domain::quoted(value) + " is not a date like 2026-11-23"};
      }
      return domain::format_date(*parsed);
    }
    case ValueKind::plugin_id:
      if (!value.empty() && !loader::is_valid_plugin_id(value)) {
        return domain::Error{domain::quoted(value) +
                             " is not a plugin id like org.orderhub.invoice.standard"};
      }
      return std::string(value);
    case ValueKind::percent: {
      if (!is_plain_decimal(value, 4)) {
        return domain::Error{domain::quoted(value) +
                             " is not a percentage like 12.5 (digits, up to 4 decimals)"};
      }
      const std::string_view whole = value.substr(0, value.find('.'));
      const long long whole_value = std::stoll(std::string(whole));  // at most 18 digits
      const bool above = whole_value > 100 ||
                         (whole_value == 100 &&
                          value.find_first_not_of("0.", whole.size()) != std::string_view::npos);
      if (above) {
        return domain::Error{domain::quoted(value) + " is above 100 percent"};
      }
      return std::string(value);
    }
    case ValueKind::decimal:
      if (!is_plain_decimal(value, 3)) {
        return domain::Error{domain::quoted(value) +
                             " is not an amount like 0.30 (digits, up to 3 decimals)"};
      }
      return std::string(value);
    case ValueKind::path:
      for (char character : value) {
        if (static_cast<unsigned char>(character) < 0x20) {
          return domain::Error{domain::quoted(value) + " contains a control character"};
        }
      }
      return std::string(value);
  }
  return domain::Error{"unreachable"};
}

}  // namespace

std::span<const SettingDefinition> setting_definitions() {
  return kDefinitions;
}

domain::Result<std::string> normalize_setting(std::string_view key, std::string_view value) {
  const SettingRule* rule = rule_for(key);
  if (rule == nullptr) {
    return domain::Error{"unknown setting " + domain::quoted(key) + " (known: " + known_keys() +
                         ")"};
  }
  auto normalized = normalized_value(*rule, value);
  if (!normalized) {
    return normalized.error().within(key);
  }
  return normalized;
}

std::map<std::string, std::string> effective_settings(
    const std::map<std::string, std::string>& settings) {
  std::map<std::string, std::string> effective;
  for (const SettingRule& rule : kRules) {
    const std::string key(rule.definition.key);
    const auto stored = settings.find(key);
    effective[key] =
        stored != settings.end() ? stored->second : std::string(rule.definition.default_value);
  }
  return effective;
}

domain::Result<AccountSettings> parse_account_settings(
    const std::map<std::string, std::string>& settings) {
  for (const auto& [key, value] : settings) {
    auto checked = normalize_setting(key, value);
    if (!checked) {
      return checked.error();
    }
  }
  const std::map<std::string, std::string> values = effective_settings(settings);
  // Every value below was checked above, so value() cannot throw.
  const auto flag = [&](const char* key) { return parse_setting_bool(values.at(key)).value(); };
  const auto duration = [&](const char* key) { return parse_duration(values.at(key)).value(); };

  AccountSettings typed;
  typed.download_enabled = flag("download.enabled");
  typed.download_interval = duration("download.interval");
  typed.allow_unpaid = flag("download.allow_unpaid");
  typed.allow_shipped = flag("download.allow_shipped");
  if (const std::string& limit = values.at("download.limit_date"); !limit.empty()) {
    typed.limit_date = domain::parse_date(limit).value();
  }
  typed.lookback = duration("download.lookback");
  typed.fulfillment_upload = flag("fulfillment.upload");
  typed.fulfillment_delay = duration("fulfillment.delay");
  typed.fulfillment_delay_skip_weekends = flag("fulfillment.delay_skip_weekends");
  typed.invoice_upload = flag("invoice.upload");
  typed.invoice_plugin = values.at("invoice.plugin");
  typed.invoice_template = values.at("invoice.template");
  typed.refund_send_to_channel = flag("refund.send_to_channel");
  typed.inventory_backorder = flag("inventory.backorder");
  typed.inventory_use_containers = flag("inventory.use_containers");
  typed.pnl_commission_percent = values.at("pnl.commission_percent");
  typed.pnl_fee_fixed = values.at("pnl.fee_fixed");
  return typed;
}

}  // namespace orderhub::pipeline
