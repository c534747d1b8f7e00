// Acceptance: orders written in Latin with accents, Greek, Cyrillic, Chinese, Japanese and
// Korean print exactly (pdftotext reads the text back), with every font embedded (pdffonts), in
// a valid file (qpdf --check), and CJK glyphs are drawn, not blank (pdftoppm pixels).
#include <gtest/gtest.h>

#include "invoice_test_support.h"

namespace orderhub::invoices::testing {
namespace {

struct ScriptSample {
  const char* script;
  const char* title;
};

const ScriptSample kSamples[] = {
    {"LatinAccents", "Crème brûlée façon grand-mère, Ærøskøbing Straße"},
    {"Greek", "Ελληνικό μέλι θυμαρίσιο"},
    {"Cyrillic", "Гречневый мёд из Москвы"},
    {"Chinese", "绿茶礼盒装"},
    {"Japanese", "日本の緑茶とカタカナ"},
    {"Korean", "한국 인삼차 선물세트"},
    {"MixedLatinAndChinese", "Tea 绿茶 Box"},
};

json request_titled(const std::string& title) {
  json request = example_request();
  request["order"]["lines"][0]["title"] = title;
  request["order"]["buyer"]["name"] = title;
  return request;
}

void PrintTo(const ScriptSample& sample, std::ostream* output) {
  *output << sample.script;
}

class ScriptRendering : public ::testing::TestWithParam<ScriptSample> {};

TEST_P(ScriptRendering, PrintsTheExactTextWithEmbeddedFontsInAValidFile) {
  ScratchFolder folder;
  auto instance = plugin_instance(kStandardPlugin);
  ASSERT_NE(instance, nullptr);
  const auto pdf =
      render_to_file(*instance, request_titled(GetParam().title), folder.path(), GetParam().script);

  const std::string text = collapsed_whitespace(pdf_text(pdf));
  EXPECT_NE(text.find(GetParam().title), std::string::npos) << text;
  const auto fonts = pdf_fonts(pdf);
  ASSERT_FALSE(fonts.empty());
  for (const auto& [name, embedded] : fonts) {
    EXPECT_TRUE(embedded) << name << " is not embedded";
  }
  const CommandOutput check = run_command("qpdf --check " + quoted(pdf));
  EXPECT_EQ(check.exit_code, 0) << check.output;
}

INSTANTIATE_TEST_SUITE_P(EveryScript, ScriptRendering, ::testing::ValuesIn(kSamples),
                         [](const auto& info) { return std::string(info.param.script); });

// libharu 2.3.0 draws glyphs with high glyph ids as blanks; the text layer alone would not show
// it. The same invoice with and without the CJK title must differ by the glyphs' ink.
TEST(CjkGlyphs, AreDrawnWithInkNotBlank) {
  ScratchFolder folder;
  auto instance = plugin_instance(kStandardPlugin);
  ASSERT_NE(instance, nullptr);
  // Characters whose glyph ids in WenQuanYi Micro Hei are above 16,000 (語 17485, 국 23264).
  const std::string cjk = "語國국어한글韓國語";
  json with_text = example_request();
  json without_text = example_request();
  with_text["order"]["lines"][0]["title"] = cjk;
  without_text["order"]["lines"][0]["title"] = "";
  const long ink_with = dark_pixels(render_to_file(*instance, with_text, folder.path(), "with"), 1);
  const long ink_without =
      dark_pixels(render_to_file(*instance, without_text, folder.path(), "without"), 1);
  ASSERT_GT(ink_without, 0);
  // Each 9-point glyph inks well over ten pixels at 150 dpi.
  EXPECT_GT(ink_with - ink_without, 10 * 9) << ink_with << " vs " << ink_without;
}

// Accented Greek letters are composite glyphs built on other composites (ό on ο, itself on
// the shape of o); every glyph they are built from must be embedded, or ό prints as a bare
// accent and a later ο as nothing.
TEST(GreekGlyphs, AccentedLettersAreDrawnWhole) {
  ScratchFolder folder;
  auto instance = plugin_instance(kStandardPlugin);
  ASSERT_NE(instance, nullptr);
  json with_text = example_request();
  json without_text = example_request();
  with_text["order"]["lines"][0]["title"] = "όοόοόοόοόο";
  without_text["order"]["lines"][0]["title"] = "";
  const long ink_with = dark_pixels(render_to_file(*instance, with_text, folder.path(), "with"), 1);
  const long ink_without =
      dark_pixels(render_to_file(*instance, without_text, folder.path(), "without"), 1);
  // An omicron inks some 40 pixels at 9 points and 150 dpi, an accent alone a few.
  EXPECT_GT(ink_with - ink_without, 10 * 25) << ink_with << " vs " << ink_without;
}

TEST(Paper, LetterAndA4HaveTheirSizes) {
  ScratchFolder folder;
  auto instance = plugin_instance(kStandardPlugin);
  ASSERT_NE(instance, nullptr);
  json request = example_request();
  request["options"]["paper"] = "Letter";
  const auto letter = render_to_file(*instance, request, folder.path(), "letter");
  request["options"]["paper"] = "A4";
  const auto a4 = render_to_file(*instance, request, folder.path(), "a4");
  EXPECT_NE(run_command("pdfinfo " + quoted(letter) + " 2>/dev/null").output.find("(letter)"),
            std::string::npos);
  EXPECT_NE(run_command("pdfinfo " + quoted(a4) + " 2>/dev/null").output.find("(A4)"),
            std::string::npos);
}

TEST(Options, HidingPricesSkuAndNotesLeavesThemOut) {
  ScratchFolder folder;
  auto instance = plugin_instance(kStandardPlugin);
  ASSERT_NE(instance, nullptr);
  json request = example_request();
  const std::string shown = pdf_text(render_to_file(*instance, request, folder.path(), "shown"));
  EXPECT_NE(shown.find("TEA-GREEN"), std::string::npos);
  EXPECT_NE(shown.find("€1,234.56"), std::string::npos);
  EXPECT_NE(shown.find("neighbour"), std::string::npos);
  request["options"]["show_prices"] = false;
  request["options"]["show_sku"] = false;
  request["options"]["show_notes"] = false;
  const std::string hidden = pdf_text(render_to_file(*instance, request, folder.path(), "hidden"));
  EXPECT_EQ(hidden.find("TEA-GREEN"), std::string::npos);
  EXPECT_EQ(hidden.find("€"), std::string::npos);
  EXPECT_EQ(hidden.find("neighbour"), std::string::npos);
  EXPECT_NE(hidden.find("Thé vert Sencha"), std::string::npos);
}

}  // namespace
}  // namespace orderhub::invoices::testing
