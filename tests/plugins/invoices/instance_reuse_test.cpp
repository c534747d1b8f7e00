// One plugin instance draws every invoice in one libharu handle, its fonts loaded once
// (pdf_document.h): invoices in different scripts one after the other each carry exactly their
// own text and fonts, and an invoice after a failed or refused one prints as from a new instance.
#include <gtest/gtest.h>

#include <cstdint>
#include <set>

#include "invoice_test_support.h"

namespace orderhub::invoices::testing {
namespace {

json request_titled(const std::string& title) {
  json request = example_request();
  request["order"]["lines"][0]["title"] = title;
  return request;
}

// The fonts' names without libharu's subset tag ("HPDFAB+DejaVuSans-Latin,Book" gives
// "DejaVuSans-Latin"), each embedded.
std::set<std::string> embedded_font_names(const std::filesystem::path& pdf) {
  std::set<std::string> names;
  for (const auto& [name, embedded] : pdf_fonts(pdf)) {
    EXPECT_TRUE(embedded) << name << " is not embedded in " << pdf;
    const std::size_t plus = name.find('+');
    std::string bare = plus == std::string::npos ? name : name.substr(plus + 1);
    names.insert(bare.substr(0, bare.find(',')));
  }
  return names;
}

void expect_valid(const std::filesystem::path& pdf) {
  const CommandOutput check = run_command("qpdf --check " + quoted(pdf));
  EXPECT_EQ(check.exit_code, 0) << pdf << ": " << check.output;
}

TEST(InstanceReuse, InvoicesInDifferentScriptsInARowEachPrintWithTheirOwnFonts) {
  ScratchFolder folder;
  auto instance = plugin_instance(kStandardPlugin);
  ASSERT_NE(instance, nullptr);
  const std::string latin = "Crème brûlée façon grand-mère";
  // Characters from five pieces of the CJK font (國 0, 語 2, 국 3, 어 4, 한 5).
  const std::string cjk = "語國국어한글韓國語";
  const std::string greek = "Ελληνικό μέλι θυμαρίσιο";
  const auto first = render_to_file(*instance, request_titled(latin), folder.path(), "1-latin");
  const auto second = render_to_file(*instance, request_titled(cjk), folder.path(), "2-cjk");
  const auto third = render_to_file(*instance, request_titled(greek), folder.path(), "3-greek");
  const auto fourth = render_to_file(*instance, request_titled(latin), folder.path(), "4-latin");

  const std::set<std::string> latin_fonts{"DejaVuSans-Latin", "DejaVuSans-Bold-Latin"};
  for (const auto& pdf : {first, fourth}) {
    expect_valid(pdf);
    EXPECT_NE(collapsed_whitespace(pdf_text(pdf)).find(latin), std::string::npos);
    EXPECT_EQ(embedded_font_names(pdf), latin_fonts) << pdf;
  }
  expect_valid(second);
  EXPECT_NE(collapsed_whitespace(pdf_text(second)).find(cjk), std::string::npos);
  std::set<std::string> cjk_fonts = latin_fonts;
  for (const char* piece : {"0", "2", "3", "4", "5"}) {
    cjk_fonts.insert(std::string("WenQuanYiMicroHei-") + piece);
  }
  EXPECT_EQ(embedded_font_names(second), cjk_fonts);
  expect_valid(third);
  EXPECT_NE(collapsed_whitespace(pdf_text(third)).find(greek), std::string::npos);
  std::set<std::string> greek_fonts = latin_fonts;
  greek_fonts.insert("DejaVuSans-GreekCyrillic");
  EXPECT_EQ(embedded_font_names(third), greek_fonts);
  // Nothing of the invoices between leaks into the last one: it is the first one, byte for byte.
  EXPECT_EQ(read_file(fourth), read_file(first));
}

std::uint32_t big_endian(const std::string& bytes, std::size_t at, int size) {
  std::uint32_t value = 0;
  for (int index = 0; index < size; ++index) {
    value = (value << 8) | static_cast<unsigned char>(bytes.at(at + index));
  }
  return value;
}

void put_big_endian(std::string& bytes, std::size_t at, int size, std::uint32_t value) {
  for (int index = size - 1; index >= 0; --index, value >>= 8) {
    bytes.at(at + index) = static_cast<char>(value & 0xFF);
  }
}

// The font file with an empty character map (no segments in its format 4 'cmap' subtables):
// libharu loads it, and fails inside the first document that uses it.
std::string with_an_empty_character_map(std::string font) {
  const std::uint32_t tables = big_endian(font, 4, 2);
  for (std::uint32_t table = 0; table < tables; ++table) {
    const std::size_t record = 12 + 16 * table;
    if (font.substr(record, 4) != "cmap") {
      continue;
    }
    const std::size_t cmap = big_endian(font, record + 8, 4);
    const std::uint32_t subtables = big_endian(font, cmap + 2, 2);
    for (std::uint32_t subtable = 0; subtable < subtables; ++subtable) {
      const std::size_t at = cmap + big_endian(font, cmap + 4 + 8 * subtable + 4, 4);
      if (big_endian(font, at, 2) == 4) {
        put_big_endian(font, at + 6, 2, 0);  // segCountX2
      }
    }
  }
  return font;
}

TEST(InstanceReuse, AnInvoiceAfterARefusedOneIsDrawnAsByANewInstance) {
  ScratchFolder folder;
  const json good = request_titled("Thé vert Sencha");
  auto fresh = plugin_instance(kStandardPlugin);
  ASSERT_NE(fresh, nullptr);
  const std::string expected = read_file(render_to_file(*fresh, good, folder.path(), "fresh"));

  auto instance = plugin_instance(kStandardPlugin);
  ASSERT_NE(instance, nullptr);
  // A request refused before drawing.
  json refused = good;
  refused["order"]["lines"][1]["quantity"] = "two";
  EXPECT_EQ(instance->render_pdf(refused.dump()).status, services::StatusCode::invalid_argument);
  // A corrupt logo, left out with a warning.
  const auto truncated = folder.path() / "truncated.png";
  write_file(truncated, std::string("\x89PNG\r\n\x1a\n\x00\x00", 10));
  json corrupt_logo = request_titled("語國국어한글");
  corrupt_logo["options"]["logo_path"] = truncated.string();
  expect_valid(render_to_file(*instance, corrupt_logo, folder.path(), "corrupt-logo"));

  const auto last = render_to_file(*instance, good, folder.path(), "last");
  expect_valid(last);
  EXPECT_EQ(read_file(last), expected);
}

TEST(InstanceReuse, AFontLibharuCannotUseFailsCreateNamingIt) {
  ScratchFolder folder;
  const auto fonts = folder.path() / "fonts";
  std::filesystem::copy(std::filesystem::path(kStandardPlugin) / "fonts", fonts);
  const auto greek_font = fonts / "DejaVuSans-GreekCyrillic.ttf";
  write_file(greek_font, with_an_empty_character_map(read_file(greek_font)));
  const loader::CreateResult created =
      create_plugin(kStandardPlugin, {{"fonts_dir", fonts.string()}});
  EXPECT_EQ(created.result.status, services::StatusCode::internal);
  EXPECT_NE(created.result.message.find("loading font " + greek_font.string()), std::string::npos)
      << created.result.message;
}

}  // namespace
}  // namespace orderhub::invoices::testing
