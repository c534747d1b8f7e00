// Filling WordprocessingML parts without LibreOffice: split runs joined, fields of every form
// replaced, item rows repeated, problems reported per part.
#include "template_filler.h"

#include <gtest/gtest.h>

#include "docx_writer.h"

namespace orderhub::word_to_pdf {
namespace {

using namespace orderhub::word_to_pdf::testing;

std::string document(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " +
         kWordNamespaces + "><w:body>" + body + "</w:body></w:document>";
}

InvoiceValues values() {
  InvoiceValues filled;
  filled.fields = {{"buyer.name", "Ann & <Bob>"}, {"invoice.number", "INV-9"}};
  filled.items = {{{"item.sku", "A-1"}, {"item.title", "Lamp"}},
                  {{"item.sku", "B-2"}, {"item.title", "Desk"}}};
  return filled;
}

struct Filled {
  std::string xml;
  std::vector<TemplateProblem> problems;
};

Filled fill(const std::string& body) {
  DocxPackage package;
  package.parts().push_back(DocxPart{"word/document.xml", document(body)});
  Filled result;
  result.problems = fill_package(package, values());
  result.xml = package.parts()[0].bytes;
  return result;
}

TEST(TemplateFillerTest, SplitPlaceholderIsJoinedIntoTheFirstRunAndEscaped) {
  const Filled filled =
      fill(paragraph("<w:r><w:rPr><w:b/></w:rPr><w:t>Dear {{bu</w:t></w:r>"
                     "<w:proofErr w:type=\"spellStart\"/>" +
                     run("yer.na") + run("me}}, thanks")));
  EXPECT_TRUE(filled.problems.empty());
  EXPECT_NE(filled.xml.find("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Dear Ann "
                            "&amp; &lt;Bob&gt;, thanks</w:t></w:r>"),
            std::string::npos)
      << filled.xml;
}

TEST(TemplateFillerTest, ComplexFieldSplitOverInstructionRunsIsReplacedWithItsResultFormat) {
  const Filled filled = fill(paragraph(run("No. ") + complex_field("invoice.number", 6)));
  EXPECT_TRUE(filled.problems.empty());
  EXPECT_EQ(filled.xml.find("fldChar"), std::string::npos) << filled.xml;
  EXPECT_EQ(filled.xml.find("instrText"), std::string::npos) << filled.xml;
  EXPECT_NE(filled.xml.find("<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">INV-9</w:t>"),
            std::string::npos)
      << filled.xml;
}

TEST(TemplateFillerTest, SimpleFieldBecomesAPlainRun) {
  const Filled filled = fill(paragraph(simple_field("InvoiceNumber")));
  EXPECT_TRUE(filled.problems.empty());
  EXPECT_EQ(filled.xml.find("fldSimple"), std::string::npos);
  EXPECT_NE(filled.xml.find(">INV-9</w:t>"), std::string::npos) << filled.xml;
}

TEST(TemplateFillerTest, ItemRowIsRepeatedOncePerLineInOrder) {
  const Filled filled =
      fill(table("OrderItemsTable",
                 {row({run("SKU")}), row({run("{{item.sku}}"), simple_field("item.title")})}));
  EXPECT_TRUE(filled.problems.empty());
  const std::size_t first = filled.xml.find(">A-1<");
  const std::size_t second = filled.xml.find(">B-2<");
  ASSERT_NE(first, std::string::npos) << filled.xml;
  ASSERT_NE(second, std::string::npos) << filled.xml;
  EXPECT_LT(first, filled.xml.find(">Lamp<"));
  EXPECT_LT(filled.xml.find(">Lamp<"), second);
  EXPECT_LT(second, filled.xml.find(">Desk<"));
  EXPECT_EQ(filled.xml.find("item."), std::string::npos) << filled.xml;
}

TEST(TemplateFillerTest, MarkerBlockOfTwoRowsIsRepeatedAndMarkersDisappear) {
  const Filled filled =
      fill(table("", {row({simple_field("TableStart:Items") + run("{{item.sku}}")}),
                      row({run("{{item.title}}") + simple_field("TableEnd:Items")})}));
  EXPECT_TRUE(filled.problems.empty());
  std::string order;
  for (const char* value : {">A-1<", ">Lamp<", ">B-2<", ">Desk<"}) {
    order += std::to_string(filled.xml.find(value)) + " ";
  }
  EXPECT_LT(filled.xml.find(">A-1<"), filled.xml.find(">Lamp<")) << order;
  EXPECT_LT(filled.xml.find(">Lamp<"), filled.xml.find(">B-2<")) << order;
  EXPECT_LT(filled.xml.find(">B-2<"), filled.xml.find(">Desk<")) << order;
  EXPECT_EQ(filled.xml.find("Table"), std::string::npos) << filled.xml;
}

TEST(TemplateFillerTest, EveryProblemIsReportedOnceWithItsPart) {
  const Filled filled = fill(paragraph(run("{{colour}} {{colour}}") + simple_field("size")) +
                             paragraph(simple_field("TableEnd:Items")));
  ASSERT_EQ(filled.problems.size(), 3u);
  EXPECT_EQ(filled.problems[0].where, "word/document.xml");
  EXPECT_EQ(filled.problems[0].message, "unknown field \"size\"");
  EXPECT_EQ(filled.problems[1].message,
            "TableEnd:Items is not in a table row of a TableStart:Items ... TableEnd:Items block");
  EXPECT_EQ(filled.problems[2].message, "unknown field \"colour\"");
}

TEST(TemplateFillerTest, OtherFieldsAndUnclosedBracesAreLeftAlone) {
  const Filled filled = fill(paragraph(
      "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>" + run("a {{ b")));
  EXPECT_TRUE(filled.problems.empty());
  EXPECT_NE(filled.xml.find("w:instr=\" PAGE \""), std::string::npos);
  EXPECT_NE(filled.xml.find("a {{ b"), std::string::npos);
}

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

TEST(TemplateFillerTest, AddressLineLeftEmptyByItsFieldsIsDroppedButSpacersStay) {
  const Filled filled =
      fill(paragraph(run("{{buyer.name}}")) + paragraph(simple_field("ship_to.company")) +
           paragraph(run("{{ship_to.line2}} {{ship_to.state}}")) + paragraph("") +
           paragraph(run(" ")) + table("", {row({run("{{ship_to.city}}")})}));
  EXPECT_TRUE(filled.problems.empty());
  // buyer.name, the two spacers and the table cell's paragraph remain.
  EXPECT_EQ(count_of(filled.xml, "<w:p>") + count_of(filled.xml, "<w:p/>"), 4u) << filled.xml;
}

}  // namespace
}  // namespace orderhub::word_to_pdf
