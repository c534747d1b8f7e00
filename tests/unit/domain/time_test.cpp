// time_test.cpp: RFC 3339 timestamps and calendar dates.
#include <gtest/gtest.h>

#include "domain/time.h"

namespace orderhub::domain {
namespace {

using namespace std::chrono_literals;

TEST(Timestamp, FormatsAndParsesUtc) {
  const Timestamp timestamp = parse_timestamp("2026-11-23T16:00:05Z").value();
  EXPECT_EQ(format_timestamp(timestamp), "2026-11-23T16:00:05Z");
  EXPECT_EQ(timestamp.time_since_epoch(), 1795449605s);
  EXPECT_EQ(format_timestamp(Timestamp{0s}), "1970-01-01T00:00:00Z");
}

TEST(Timestamp, ConvertsOffsetsToUtcAndDropsFractions) {
  EXPECT_EQ(format_timestamp(parse_timestamp("2026-11-23T18:30:00+02:30").value()),
            "2026-11-23T16:00:00Z");
  EXPECT_EQ(format_timestamp(parse_timestamp("2026-11-23T23:00:00-05:00").value()),
            "2026-11-24T04:00:00Z");
  EXPECT_EQ(format_timestamp(parse_timestamp("2026-11-23T16:00:00.999Z").value()),
            "2026-11-23T16:00:00Z");
  EXPECT_EQ(format_timestamp(parse_timestamp("2026-11-23t16:00:00z").value()),
            "2026-11-23T16:00:00Z");
}

TEST(Timestamp, RefusesMalformedText) {
  for (const char* text :
       {"", "2026-11-23", "2026-11-23T16:00:00", "2026-11-23 16:00:00Z", "2026-13-01T00:00:00Z",
        "2026-02-30T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T16:60:00Z",
        "2026-11-23T16:00:60Z", "2026-11-23T16:00:00.Z", "2026-11-23T16:00:00+0200",
        "2026-11-23T16:00:00Zjunk", "26-11-23T16:00:00Z"}) {
    Result<Timestamp> parsed = parse_timestamp(text);
    ASSERT_FALSE(parsed.ok()) << text;
    EXPECT_NE(parsed.error().message.find("\"" + std::string(text) + "\""), std::string::npos);
  }
}

TEST(Date, FormatsParsesAndChecksTheCalendar) {
  const Date date = parse_date("2024-02-29").value();
  EXPECT_EQ(format_date(date), "2024-02-29");
  EXPECT_FALSE(parse_date("2023-02-29").ok());
  EXPECT_FALSE(parse_date("2024-2-9").ok());
  EXPECT_FALSE(parse_date("2024-02-29T00:00:00Z").ok());
  EXPECT_EQ(format_date(date_of(parse_timestamp("2026-11-23T23:59:59Z").value())), "2026-11-23");
}

}  // namespace
}  // namespace orderhub::domain
