// Rendering through the host's loader and the plugin ABI: every value of the order lands in the
// PDF (pdftotext), whatever form the template gives its fields, and the PDF is sound (qpdf).
#include <gtest/gtest.h>

#include <thread>

#include "word_to_pdf_fixture.h"

namespace orderhub::word_to_pdf::testing {
namespace {

using RenderTest = WordToPdfPluginTest;

void expect_sound_pdf_containing(const std::filesystem::path& directory,
                                 const loader::CallResult& result,
                                 const std::vector<std::string>& values) {
  ASSERT_TRUE(result.ok()) << result.message;
  ASSERT_EQ(result.output.rfind("%PDF-", 0), 0u);
  const CommandResult checked = qpdf_check(directory, result.output);
  EXPECT_EQ(checked.exit_code, 0) << checked.output;
  const std::string text = pdf_text(directory, result.output);
  for (const std::string& value : values) {
    EXPECT_NE(text.find(value), std::string::npos) << "\"" << value << "\" is not in: " << text;
  }
}

TEST_F(RenderTest, DefaultTemplatePrintsEveryValueInBodyItemRowsHeaderAndFooter) {
  const loader::CallResult result = render(render_request());
  expect_sound_pdf_containing(
      directory(), result,
      {// Body: simple, complex (split instrText) and split {{placeholder}} fields.
       "INV-2026-0042", "2026-11-23", "CSC-771234", "2026-11-20", "CS-Cart", "Zoe Quartermaine",
       "zoe@buyer.example", "BillName", "BillCompany", "BillStreet 1", "BillCity", "ShipName",
       "ShipStreet 1", "ShipCity", "ColissimoExpress",
       // One repeated row per order line, money from minor units.
       "SKU-ALPHA-1", "Walnut Desk Lamp", "12.50 EUR", "25.00 EUR", "SKU-BRAVO-2",
       "Linen Cushion Cover", "1,234.56 EUR", "3,703.68 EUR",
       // Totals.
       "3,728.68 EUR", "6.90 EUR", "745.73 EUR", "-5.00 EUR", "4,476.31 EUR", "FR12345678901",
       // Header and footer.
       "Maison Lumiere SARL", "SellerStreet 1", "SellerCity", "billing@maison.example",
       "+33 9 87 65 43"});
  const std::string text = pdf_text(directory(), result.output);
  EXPECT_EQ(text.find("{{"), std::string::npos) << text;
  EXPECT_EQ(text.find("«"), std::string::npos) << text;
}

TEST_F(RenderTest, SplitFieldsItemBlockMarkersAndMailMergeNamesAreAllFilled) {
  const std::filesystem::path path = template_path("split.docx");
  const std::string item_rows =
      row({simple_field("TableStart:Items") + complex_field("item.sku", 7),
           split_placeholder("item.title"), run("{{Quantity}}"),
           complex_field("UnitPrice", 12) + simple_field("TableEnd:Items")});
  write_docx(path,
             paragraph(run("Order ") + complex_field("OrderNumber", 9) + run(" for ") +
                       split_placeholder("buyer.name")) +
                 paragraph(run("Invoice ") + split_placeholder("invoice.number") + run(" dated ") +
                           complex_field("invoice.date", 2)) +
                 table("", {row({run("SKU"), run("Title"), run("Qty"), run("Price")}), item_rows}) +
                 paragraph(run("Total ") + complex_field("totals.grand_total")),
             paragraph(run("Sold by ") + complex_field("seller.name", 11)),
             paragraph(run("Page footer ") + split_placeholder("seller.vat_id") + run(" / ") +
                       simple_field("InvoiceNumber")));
  const loader::CallResult result = render_with_template(path);
  expect_sound_pdf_containing(
      directory(), result,
      // The narrow title column wraps "Walnut Desk Lamp" after "Desk".
      {"CSC-771234", "Zoe Quartermaine", "INV-2026-0042", "2026-11-23", "SKU-ALPHA-1",
       "Walnut Desk", "12.50 EUR", "SKU-BRAVO-2", "Linen Cushion", "1,234.56 EUR", "4,476.31 EUR",
       "Sold by Maison Lumiere SARL", "FR12345678901"});
  const std::string text = pdf_text(directory(), result.output);
  EXPECT_EQ(text.find("TableStart"), std::string::npos) << text;
  EXPECT_EQ(text.find("{{"), std::string::npos) << text;
}

TEST_F(RenderTest, ZeroDecimalCurrencyPrintsWholeUnits) {
  nlohmann::json request = render_request();
  for (auto& line : request["order"]["lines"]) {
    line["unit_price"]["currency"] = "JPY";
  }
  request["order"]["lines"][0]["unit_price"]["minor"] = 123456;
  const loader::CallResult result = render(request);
  expect_sound_pdf_containing(directory(), result, {"123,456 JPY", "246,912 JPY"});
}

TEST_F(RenderTest, AnAccountTemplateIsUsedWhenTheRequestNamesOne) {
  const std::filesystem::path path = template_path("plain.docx");
  write_docx(path, paragraph(run("Custom layout for {{buyer.email}}")) +
                       table("orderitemstable", {row({run("{{item.sku}}")})}));
  expect_sound_pdf_containing(
      directory(), render_with_template(path),
      {"Custom layout for zoe@buyer.example", "SKU-ALPHA-1", "SKU-BRAVO-2"});
}

TEST_F(RenderTest, TwoInstancesRenderingAtOnceShareTheOfficeSafely) {
  // A second account's instance: it reuses the office this process already started, and the
  // two conversions take turns.
  loader::CallResult created;
  const auto second = create_instance("{}", &created);
  ASSERT_NE(second, nullptr) << created.message;
  nlohmann::json other = render_request();
  other["invoice"]["number"] = "INV-OTHER-7";
  loader::CallResult first_result;
  loader::CallResult second_result;
  std::thread first_thread([&] { first_result = render(render_request()); });
  std::thread second_thread([&] { second_result = second->render_pdf(other.dump()); });
  first_thread.join();
  second_thread.join();
  expect_sound_pdf_containing(directory(), first_result, {"INV-2026-0042"});
  expect_sound_pdf_containing(directory(), second_result, {"INV-OTHER-7"});
}

}  // namespace
}  // namespace orderhub::word_to_pdf::testing
