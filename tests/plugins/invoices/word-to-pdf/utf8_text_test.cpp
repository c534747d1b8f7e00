// Outside text made safe for XML: invalid UTF-8 replaced, XML-forbidden characters dropped.
#include "utf8_text.h"

#include <gtest/gtest.h>

namespace orderhub::word_to_pdf {
namespace {

const std::string kReplacement = "\xEF\xBF\xBD";

TEST(Utf8TextTest, ValidTextIsUnchanged) {
  EXPECT_EQ(sanitise_utf8("Zoë 東京 😀"), "Zoë 東京 😀");
}

TEST(Utf8TextTest, EachInvalidByteBecomesOneReplacementCharacter) {
  EXPECT_EQ(sanitise_utf8("a\xff"
                          "b"),
            "a" + kReplacement + "b");
  EXPECT_EQ(sanitise_utf8("end\xc3"), "end" + kReplacement);
  // An overlong "/" and an encoded surrogate.
  EXPECT_EQ(sanitise_utf8("\xc0\xaf"), kReplacement + kReplacement);
  EXPECT_EQ(sanitise_utf8("\xed\xa0\x80"), kReplacement + kReplacement + kReplacement);
  EXPECT_EQ(sanitise_utf8("\xf4\x90\x80\x80"),
            kReplacement + kReplacement + kReplacement + kReplacement);
}

TEST(Utf8TextTest, XmlForbiddenCharactersAreDropped) {
  EXPECT_EQ(xml_safe_text(std::string("a\0b\x01\x1f", 5) + "\tc\n"), "ab\tc\n");
  EXPECT_EQ(xml_safe_text("x\xef\xbf\xbey\xef\xbf\xbf"), "xy");
}

}  // namespace
}  // namespace orderhub::word_to_pdf
