// Outside text made safe for XML: invalid UTF-8 replaced, XML-forbidden characters dropped.
#include "xml_text.h"

#include <gtest/gtest.h>

namespace orderhub::word_to_pdf {
namespace {

const std::string kReplacement = "\xEF\xBF\xBD";

TEST(WordXmlText, XmlForbiddenCharactersAreDropped) {
  EXPECT_EQ(xml_safe_text(std::string("a\0b\x01\x1f", 5) + "\tc\n"), "ab\tc\n");
  EXPECT_EQ(xml_safe_text("x\xef\xbf\xbey\xef\xbf\xbf"), "xy");
}

TEST(WordXmlText, InvalidUtf8IsReplacedBeforeTheXmlCheck) {
  EXPECT_EQ(xml_safe_text("a\xff\x01"
                          "b"),
            "a" + kReplacement + "b");
  EXPECT_EQ(xml_safe_text("Zoë 東京 😀"), "Zoë 東京 😀");
}

}  // namespace
}  // namespace orderhub::word_to_pdf
