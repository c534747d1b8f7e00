// The libharu handle a plugin instance keeps (pdf_document.h): an error inside one document is
// reported and cleared, and the next document of the same handle, with the same loaded fonts,
// is whole. No request makes libharu fail half-way (the plugins check what they hand it), so
// the error is made here directly: a font size above libharu's maximum.
#include <gtest/gtest.h>
#include <hpdf.h>
#include <orderhub/sdk/error.h>

#include "font_set.h"
#include "invoice_test_support.h"
#include "page_canvas.h"
#include "pdf_document.h"
#include "utf8_text.h"

namespace orderhub::invoices::testing {
namespace {

TEST(PdfDocumentReuse, ALibharuErrorInsideADocumentLeavesTheNextDocumentWhole) {
  ScratchFolder folder;
  const FontManifest manifest =
      FontManifest::read(std::filesystem::path(kStandardPlugin) / "fonts");
  PdfDocument document;
  FontLibrary fonts(document, manifest);
  const std::string text = "Thé vert Ελληνικό 绿茶 한글";

  document.start();
  {
    FontSet in_document(document, fonts);
    PageCanvas canvas(document, in_document, Paper::a4);
    canvas.draw_text(40, 700, decode_utf8(text), Weight::regular, 9);
    HPDF_Page_BeginText(canvas.page());
    HPDF_Page_SetFontAndSize(canvas.page(), in_document.font(0), HPDF_MAX_FONTSIZE * 2);
    try {
      document.check("drawing text");
      ADD_FAILURE() << "libharu accepted a font size above its maximum";
    } catch (const sdk::Error& error) {
      EXPECT_NE(std::string(error.what()).find("libharu error"), std::string::npos) << error.what();
    }
  }

  document.start();
  FontSet in_document(document, fonts);
  PageCanvas canvas(document, in_document, Paper::a4);
  canvas.draw_text(40, 700, decode_utf8(text), Weight::regular, 9);
  canvas.draw_text(40, 680, decode_utf8("Total"), Weight::bold, 10);
  const auto pdf = folder.path() / "after-error.pdf";
  write_file(pdf, document.save());

  const CommandOutput check = run_command("qpdf --check " + quoted(pdf));
  EXPECT_EQ(check.exit_code, 0) << check.output;
  const std::string printed = pdf_text(pdf);
  EXPECT_NE(printed.find(text), std::string::npos) << printed;
  EXPECT_NE(printed.find("Total"), std::string::npos) << printed;
  const auto embedded = pdf_fonts(pdf);
  EXPECT_EQ(embedded.size(), 6u);  // Latin regular and bold, Greek, three CJK pieces
  for (const auto& [name, is_embedded] : embedded) {
    EXPECT_TRUE(is_embedded) << name;
  }
}

}  // namespace
}  // namespace orderhub::invoices::testing
