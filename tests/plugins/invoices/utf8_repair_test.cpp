// repair_utf8, shared by every invoice plugin: valid text unchanged, one U+FFFD per invalid byte.
#include <gtest/gtest.h>

#include "utf8_text.h"

namespace orderhub::invoices {
namespace {

const std::string kReplacement = "\xEF\xBF\xBD";

TEST(Utf8Repair, ValidTextIsUnchanged) {
  bool changed = true;
  EXPECT_EQ(repair_utf8("Zoë 東京 😀", changed), "Zoë 東京 😀");
  EXPECT_FALSE(changed);
  EXPECT_EQ(repair_utf8("Zoë 東京 😀"), "Zoë 東京 😀");
}

TEST(Utf8Repair, EachInvalidByteBecomesOneReplacementCharacter) {
  EXPECT_EQ(repair_utf8("a\xff"
                        "b"),
            "a" + kReplacement + "b");
  // A sequence cut short at the end of the text.
  EXPECT_EQ(repair_utf8("end\xc3"), "end" + kReplacement);
  // An overlong "/", an encoded surrogate and a code point past U+10FFFF.
  EXPECT_EQ(repair_utf8("\xc0\xaf"), kReplacement + kReplacement);
  EXPECT_EQ(repair_utf8("\xed\xa0\x80"), kReplacement + kReplacement + kReplacement);
  EXPECT_EQ(repair_utf8("\xf4\x90\x80\x80"),
            kReplacement + kReplacement + kReplacement + kReplacement);
}

TEST(Utf8Repair, TellsWhetherAnythingWasReplaced) {
  bool changed = false;
  EXPECT_EQ(repair_utf8("\xc0\xaf", changed), kReplacement + kReplacement);
  EXPECT_TRUE(changed);
}

}  // namespace
}  // namespace orderhub::invoices
