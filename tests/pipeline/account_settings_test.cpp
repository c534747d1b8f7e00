// The account settings: their defaults, canonical forms, and refusals that name key and value.
#include <gtest/gtest.h>

#include "pipeline/accounts/account_settings.h"
#include "pipeline/accounts/setting_values.h"

namespace orderhub::pipeline {
namespace {

using namespace std::chrono_literals;

TEST(AccountSettingsTest, NoStoredSettingsMeansEveryDefault) {
  const AccountSettings settings = parse_account_settings({}).value();
  EXPECT_TRUE(settings.download_enabled);
  EXPECT_EQ(settings.download_interval, 30min);
  EXPECT_FALSE(settings.allow_unpaid);
  EXPECT_FALSE(settings.allow_shipped);
  EXPECT_FALSE(settings.limit_date.has_value());
  EXPECT_EQ(settings.lookback, 10min);
  EXPECT_TRUE(settings.fulfillment_upload);
  EXPECT_EQ(settings.fulfillment_delay, 0s);
  EXPECT_FALSE(settings.invoice_upload);
  EXPECT_EQ(settings.invoice_plugin, "");
  EXPECT_EQ(settings.invoice_template, "");
  EXPECT_TRUE(settings.refund_send_to_channel);
}

TEST(AccountSettingsTest, EveryKeyIsListedWithItsDefault) {
  const auto effective = effective_settings({});
  const std::map<std::string, std::string> expected = {
      {"download.enabled", "true"},       {"download.interval", "30m"},
      {"download.allow_unpaid", "false"}, {"download.allow_shipped", "false"},
      {"download.limit_date", ""},        {"download.lookback", "10m"},
      {"fulfillment.upload", "true"},     {"fulfillment.delay", "0s"},
      {"fulfillment.delay_skip_weekends", "false"},
      {"invoice.upload", "false"},        {"invoice.plugin", ""},
      {"invoice.template", ""},           {"refund.send_to_channel", "true"},
      {"inventory.backorder", "false"},   {"inventory.use_containers", "false"},
      {"pnl.commission_percent", "0"},    {"pnl.fee_fixed", "0"}};
  EXPECT_EQ(effective, expected);
}

TEST(AccountSettingsTest, ProfitAndLossFeesAreDecimalStrings) {
  const AccountSettings settings =
      parse_account_settings({{"pnl.commission_percent", "12.5"}, {"pnl.fee_fixed", "0.30"}})
          .value();
  EXPECT_EQ(settings.pnl_commission_percent, "12.5");
  EXPECT_EQ(settings.pnl_fee_fixed, "0.30");
  for (const char* bad : {"-1", "1e2", "12.34567", "100.01", "abc", ""}) {
    EXPECT_FALSE(normalize_setting("pnl.commission_percent", bad).ok()) << bad;
  }
  for (const char* bad : {"-0.30", "0,30", "1.2345", " 1", ""}) {
    EXPECT_FALSE(normalize_setting("pnl.fee_fixed", bad).ok()) << bad;
  }
  EXPECT_EQ(normalize_setting("pnl.commission_percent", "101").error().message,
            "pnl.commission_percent: \"101\" is above 100 percent");
}

TEST(AccountSettingsTest, StoredValuesOverrideDefaults) {
  const AccountSettings settings =
      parse_account_settings({{"download.allow_unpaid", "true"},
                              {"download.interval", "90s"},
                              {"download.limit_date", "2026-11-01"},
                              {"invoice.plugin", "org.orderhub.invoice.standard"}})
          .value();
  EXPECT_TRUE(settings.allow_unpaid);
  EXPECT_EQ(settings.download_interval, 90s);
  ASSERT_TRUE(settings.limit_date.has_value());
  EXPECT_EQ(domain::format_date(*settings.limit_date), "2026-11-01");
  EXPECT_EQ(settings.invoice_plugin, "org.orderhub.invoice.standard");
}

TEST(AccountSettingsTest, ValuesAreStoredInCanonicalForm) {
  EXPECT_EQ(normalize_setting("download.interval", "2h").value(), "2h");
  EXPECT_EQ(normalize_setting("download.interval", "120m").value(), "2h");
  EXPECT_EQ(normalize_setting("download.interval", "1h30m").value(), "1h30m");
  EXPECT_EQ(normalize_setting("download.interval", "90s").value(), "90s");
  EXPECT_EQ(normalize_setting("download.enabled", "yes").value(), "true");
  EXPECT_EQ(normalize_setting("download.allow_shipped", "off").value(), "false");
  EXPECT_EQ(normalize_setting("fulfillment.delay", "0").value(), "0s");
  EXPECT_EQ(normalize_setting("download.limit_date", "").value(), "");
}

TEST(AccountSettingsTest, UnknownKeyIsRefusedNamingIt) {
  const auto result = normalize_setting("download.allow_unpayed", "true");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("unknown setting \"download.allow_unpayed\""),
            std::string::npos)
      << result.error().message;
  EXPECT_NE(result.error().message.find("download.allow_unpaid"), std::string::npos);
}

TEST(AccountSettingsTest, BadValuesAreRefusedNamingKeyAndValue) {
  const std::vector<std::pair<std::string, std::string>> refused = {
      {"download.enabled", "maybe"},
      {"download.interval", "30"},
      {"download.interval", "30 m"},
      {"download.interval", "-5m"},
      {"download.interval", "m"},
      {"download.lookback", "1.5h"},
      {"download.limit_date", "2026-02-30"},
      {"download.limit_date", "yesterday"},
      {"invoice.plugin", "Not A Plugin"},
      {"fulfillment.delay", "99999999999999h"},
      {"refund.send_to_channel", ""}};
  for (const auto& [key, value] : refused) {
    const auto result = normalize_setting(key, value);
    ASSERT_FALSE(result.ok()) << key << "=" << value;
    EXPECT_EQ(result.error().message.rfind(key + ": ", 0), 0u) << result.error().message;
    EXPECT_NE(result.error().message.find("\"" + value + "\""), std::string::npos)
        << result.error().message;
  }
}

TEST(AccountSettingsTest, DownloadIntervalBelowOneSecondIsRefused) {
  EXPECT_TRUE(normalize_setting("download.interval", "2s").ok());
  const auto result = normalize_setting("download.interval", "0s");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message, "download.interval: \"0s\" is below the minimum of 1s");
}

TEST(AccountSettingsTest, StoredSettingsWithABadValueAreRefused) {
  const auto result = parse_account_settings({{"download.lookback", "soon"}});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("download.lookback"), std::string::npos);
}

TEST(SettingValuesTest, DurationsReadEveryUnitAndFormatShortest) {
  EXPECT_EQ(parse_duration("1d").value(), 24h);
  EXPECT_EQ(parse_duration("1h1m1s").value(), 3661s);
  EXPECT_EQ(format_duration(3661s), "3661s");
  EXPECT_EQ(format_duration(90min), "1h30m");
  EXPECT_EQ(format_duration(48h), "2d");
  EXPECT_FALSE(parse_duration("").ok());
  EXPECT_FALSE(parse_duration("5x").ok());
}

}  // namespace
}  // namespace orderhub::pipeline
