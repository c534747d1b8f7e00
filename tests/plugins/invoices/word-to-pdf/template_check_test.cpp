// Checking templates through the plugin ABI: every problem is reported with the part it is in,
// and a file that is no Word document is refused with an error naming it.
#include <gtest/gtest.h>

#include "word_to_pdf_fixture.h"

namespace orderhub::word_to_pdf::testing {
namespace {

using TemplateCheckTest = WordToPdfPluginTest;

nlohmann::json report_of(const loader::CallResult& result) {
  EXPECT_TRUE(result.ok()) << result.message;
  return result.ok() ? nlohmann::json::parse(result.output) : nlohmann::json::object();
}

std::vector<std::string> messages(const nlohmann::json& report) {
  std::vector<std::string> found;
  for (const auto& problem : report.value("problems", nlohmann::json::array())) {
    found.push_back(problem.at("message").get<std::string>());
  }
  return found;
}

TEST_F(TemplateCheckTest, DefaultTemplateHasNoProblem) {
  const nlohmann::json report = report_of(check(WORD_TO_PDF_DEFAULT_TEMPLATE));
  EXPECT_EQ(report["schema"], "orderhub.template_report/1");
  EXPECT_EQ(report["ok"], true);
  EXPECT_EQ(report["problems"], nlohmann::json::array());
}

TEST_F(TemplateCheckTest, UnknownFieldsAreNamedWithThePartTheyAreIn) {
  const std::filesystem::path path = template_path("colour.docx");
  write_docx(path,
             paragraph(run("Colour: ") + split_placeholder("colour") + simple_field("buyer.name")),
             paragraph(complex_field("Flavour")), paragraph(simple_field("seller.name")));
  const nlohmann::json report = report_of(check(path));
  EXPECT_EQ(report["ok"], false);
  EXPECT_EQ(messages(report),
            (std::vector<std::string>{"word/header1.xml: unknown field \"Flavour\"",
                                      "word/document.xml: unknown field \"colour\""}));
  EXPECT_EQ(report["problems"][1]["where"], "word/document.xml");
}

TEST_F(TemplateCheckTest, RenderingATemplateWithAnUnknownFieldIsRefusedNamingIt) {
  const std::filesystem::path path = template_path("unknown.docx");
  write_docx(path, paragraph(run("{{colour}}")));
  const loader::CallResult result = render_with_template(path);
  EXPECT_EQ(result.status, StatusCode::invalid_argument);
  EXPECT_NE(result.message.find("word/document.xml: unknown field \"colour\""), std::string::npos)
      << result.message;
}

TEST_F(TemplateCheckTest, ItemFieldOutsideAnItemRowIsAProblem) {
  const std::filesystem::path path = template_path("loose-item.docx");
  write_docx(path, paragraph(run("{{item.sku}}")) +
                       table("orderitemstable", {row({run("no item field here")})}));
  const std::vector<std::string> found = messages(report_of(check(path)));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_NE(found[0].find("the table \"orderitemstable\" has no row with an item field"),
            std::string::npos);
  EXPECT_NE(found[1].find("item field \"item.sku\" is outside the item row"), std::string::npos);
}

TEST_F(TemplateCheckTest, TableStartWithoutTableEndIsAProblem) {
  const std::filesystem::path path = template_path("unclosed.docx");
  write_docx(path, table("", {row({simple_field("TableStart:Items") + run("{{item.sku}}")})}));
  const std::vector<std::string> found = messages(report_of(check(path)));
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0],
            "word/document.xml: TableStart:Items has no TableEnd:Items after it in the same table");
}

TEST_F(TemplateCheckTest, MalformedXmlIsAProblemNotACrash) {
  const std::filesystem::path path = template_path("malformed.docx");
  write_zip(path, {{"word/document.xml", "<w:document><w:body><w:p></w:body>"}});
  const std::vector<std::string> found = messages(report_of(check(path)));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].find("word/document.xml: not well-formed XML"), std::string::npos);
}

void expect_refused_naming(const loader::CallResult& result, const std::filesystem::path& path,
                           const std::string& reason) {
  EXPECT_EQ(result.status, StatusCode::invalid_argument) << result.message;
  EXPECT_FALSE(result.contract_violation);
  EXPECT_NE(result.message.find("template " + path.string() + " is not a usable Word document"),
            std::string::npos)
      << result.message;
  EXPECT_NE(result.message.find(reason), std::string::npos) << result.message;
}

TEST_F(TemplateCheckTest, RandomBytesAreRefusedByCheckAndRender) {
  const std::filesystem::path path = template_path("random.docx");
  std::string bytes;
  unsigned state = 12345;
  for (int index = 0; index < 4096; ++index) {
    state = state * 1103515245u + 12345u;
    bytes += static_cast<char>(state >> 16);
  }
  write_bytes(path, bytes);
  expect_refused_naming(check(path), path, "Not a zip archive");
  expect_refused_naming(render_with_template(path), path, "Not a zip archive");
}

TEST_F(TemplateCheckTest, TruncatedZipIsRefused) {
  const std::filesystem::path path = template_path("truncated.docx");
  const std::string whole = read_bytes(WORD_TO_PDF_DEFAULT_TEMPLATE);
  write_bytes(path, whole.substr(0, whole.size() / 2));
  expect_refused_naming(check(path), path, "");
  expect_refused_naming(render_with_template(path), path, "");
}

TEST_F(TemplateCheckTest, ZipWithACorruptedPartIsRefused) {
  const std::filesystem::path path = template_path("corrupted.docx");
  std::string body;
  for (int index = 0; index < 2000; ++index) {
    body += paragraph(run("line " + std::to_string(index) + " {{buyer.name}}"));
  }
  write_docx(path, body);
  std::string bytes = read_bytes(path);
  // Inside word/document.xml's compressed data, which fills most of the file.
  for (std::size_t at = bytes.size() / 3; at < bytes.size() / 3 + 16; ++at) {
    bytes[at] = static_cast<char>(~bytes[at]);
  }
  write_bytes(path, bytes);
  expect_refused_naming(check(path), path, "word/document.xml");
  expect_refused_naming(render_with_template(path), path, "word/document.xml");
}

TEST_F(TemplateCheckTest, DeeplyNestedXmlIsHandledWithoutCrashing) {
  const std::filesystem::path path = template_path("deep.docx");
  std::string nested;
  for (int level = 0; level < 20000; ++level) {
    nested += "<w:sdt><w:sdtContent>";
  }
  nested += paragraph(run("{{colour}}"));
  for (int level = 0; level < 20000; ++level) {
    nested += "</w:sdtContent></w:sdt>";
  }
  write_docx(path, nested);
  EXPECT_EQ(messages(report_of(check(path))),
            std::vector<std::string>{"word/document.xml: unknown field \"colour\""});
}

TEST_F(TemplateCheckTest, ZipWithoutDocumentXmlIsRefused) {
  const std::filesystem::path path = template_path("no-document.docx");
  write_zip(path, {{"word/styles.xml", "<w:styles/>"}, {"readme.txt", "hello"}});
  expect_refused_naming(check(path), path, "it holds no word/document.xml");
  expect_refused_naming(render_with_template(path), path, "it holds no word/document.xml");
}

TEST_F(TemplateCheckTest, MissingTemplateFileIsRefusedNamingIt) {
  const std::filesystem::path path = template_path("absent.docx");
  expect_refused_naming(check(path), path, "no such file");
}

}  // namespace
}  // namespace orderhub::word_to_pdf::testing
