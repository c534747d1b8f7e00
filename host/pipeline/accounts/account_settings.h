// account_settings.h: the hub's per-account settings, typed, with their defaults and validation.
// Accounts store settings as text (domain::Account::settings); only keys that were set are
// stored, every other key has its default. Unknown keys and bad values are refused naming the key
// and the value.
//
//   download.enabled          bool      true   download orders from this account
//   download.interval         duration  30m    how often the service downloads (minimum 1s)
//   download.allow_unpaid     bool      false  import orders that are not paid yet
//   download.allow_shipped    bool      false  import orders that were already fully shipped
//   download.limit_date       date      ""     skip orders created before this day (empty: none)
//   download.lookback         duration  10m    how far before the last watermark a run re-reads
//   fulfillment.upload        bool      true   send shipments (tracking) to the channel
//   fulfillment.delay         duration  0s     wait this long before sending a shipment
//   fulfillment.delay_skip_weekends bool false count the delay on weekdays only (UTC)
//   invoice.upload            bool      false  send invoices to the channel
//   invoice.plugin            plugin id ""     the invoice plugin for this account (empty: default)
//   invoice.template          path      ""     the invoice template (empty: the plugin's default)
//   refund.send_to_channel    bool      true   send refunds to the channel (else record locally)
//   inventory.backorder       bool      false  send backorder information (inventory push)
//   inventory.use_containers  bool      false  shipping containers for purchase orders: the
//                                              backorder feed uses the container's figures
//   pnl.commission_percent    decimal   0      the channel's commission, percent of items and
//                                              shipping after discounts (up to 4 decimals)
//   pnl.fee_fixed             decimal   0      the channel's fixed fee per order, in the
//                                              order's currency (up to 3 decimals)
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/result.h"
#include "domain/time.h"

namespace orderhub::pipeline {

struct AccountSettings {
  bool download_enabled = true;
  std::chrono::seconds download_interval = std::chrono::minutes(30);
  bool allow_unpaid = false;
  bool allow_shipped = false;
  std::optional<domain::Date> limit_date{};
  std::chrono::seconds lookback = std::chrono::minutes(10);
  bool fulfillment_upload = true;
  std::chrono::seconds fulfillment_delay{0};
  bool fulfillment_delay_skip_weekends = false;
  bool invoice_upload = false;
  std::string invoice_plugin{};
  std::string invoice_template{};
  bool refund_send_to_channel = true;
  bool inventory_backorder = false;
  bool inventory_use_containers = false;
  std::string pnl_commission_percent = "0";  // decimal text, read exactly by the P&L
  std::string pnl_fee_fixed = "0";           // decimal text in each order's currency

  friend bool operator==(const AccountSettings&, const AccountSettings&) = default;
};

struct SettingDefinition {
  std::string_view key;
  std::string_view default_value;  // canonical text
  std::string_view description;
};

// Every key, in the order above.
std::span<const SettingDefinition> setting_definitions();

// The setting's value in canonical text ("30m" for "30m", "1800s" or "0h30m"), or an error such as
// `download.interval: "5s" is below the minimum of 10s` or `unknown setting "download.foo" (known:
// ...)`.
domain::Result<std::string> normalize_setting(std::string_view key, std::string_view value);

// The typed view of stored settings; any unknown key or bad value is an error naming it.
domain::Result<AccountSettings> parse_account_settings(
    const std::map<std::string, std::string>& settings);

// Every key with its effective value (stored, else the default), canonical text.
std::map<std::string, std::string> effective_settings(
    const std::map<std::string, std::string>& settings);

}  // namespace orderhub::pipeline
