// The shared rendering library's pure parts: UTF-8 sanitising, money by currency exponent and
// locale, dates by locale, and the render request's example against its schema.
#include <gtest/gtest.h>

#include <limits>

#include "locale_format.h"
#include "schema/schema_validation.h"
#include "utf8_text.h"

namespace orderhub::invoices {
namespace {

TEST(Utf8, InvalidSequencesBecomeOneReplacementEach) {
  EXPECT_EQ(decode_utf8("a\x80"
                        "b\xC3"
                        "c\xED\xA0\x80"
                        "d"),
            U"a\uFFFDb\uFFFDc\uFFFD\uFFFD\uFFFDd");
  EXPECT_EQ(decode_utf8("\xF0\x9F\x8E\x81"), U"\U0001F381");
  EXPECT_EQ(decode_utf8("tab\there\x01\nnext"), U"tab here\nnext");
  bool changed = false;
  EXPECT_EQ(repair_utf8("ok \xC3\xA9 \xFF", changed), "ok \xC3\xA9 \xEF\xBF\xBD");
  EXPECT_TRUE(changed);
  EXPECT_EQ(repair_utf8("plain é", changed), "plain é");
  EXPECT_FALSE(changed);
}

TEST(MoneyFormat, UsesTheCurrencyExponentAndTheLocale) {
  const LocaleFormat us = *find_locale("en-US");
  const LocaleFormat fr = *find_locale("fr-FR");
  const LocaleFormat de = *find_locale("de-DE");
  EXPECT_EQ(format_money(123456, "USD", us), "$1,234.56");
  EXPECT_EQ(format_money(-500, "USD", us), "-$5.00");
  EXPECT_EQ(format_money(5, "EUR", us), "€0.05");
  EXPECT_EQ(format_money(123456, "EUR", fr), "1 234,56 €");
  EXPECT_EQ(format_money(123456789, "EUR", de), "1.234.567,89 €");
  EXPECT_EQ(format_money(1234567, "JPY", us), "¥1,234,567");
  EXPECT_EQ(format_money(1234567, "KWD", us), "KWD 1,234.567");
  EXPECT_EQ(format_money(1200, "CHF", us), "CHF 12.00");
  EXPECT_EQ(format_money(std::numeric_limits<std::int64_t>::min(), "USD", us),
            "-$92,233,720,368,547,758.08");
}

TEST(DateFormat, FollowsTheLocale) {
  EXPECT_EQ(format_date("2026-11-23", *find_locale("en-US")), "11/23/2026");
  EXPECT_EQ(format_date("2026-11-23T16:00:00Z", *find_locale("fr-FR")), "23/11/2026");
  EXPECT_EQ(format_date("2026-11-23", *find_locale("de-DE")), "23.11.2026");
  EXPECT_EQ(format_date("tomorrow", *find_locale("en-US")), "tomorrow");
  EXPECT_FALSE(find_locale("xx-XX"));
}

TEST(ExampleRequest, MatchesTheRenderRequestSchema) {
  orderhub::testing::LoadedSchema schema(orderhub::testing::read_json_file(
      std::string(ORDERHUB_SCHEMA_DIRECTORY) + "/render_request.schema.json"));
  const auto errors = schema.errors(orderhub::testing::read_json_file(
      std::string(INVOICE_REQUESTS_DIRECTORY) + "/render_request.json"));
  EXPECT_TRUE(errors.empty()) << orderhub::testing::joined(errors);
}

}  // namespace
}  // namespace orderhub::invoices
