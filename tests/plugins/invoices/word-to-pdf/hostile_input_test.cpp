// Hostile input through the plugin ABI: nothing a request or a template holds may crash or hang
// the host; bad text is repaired, bad files are refused with a clear error.
#include <gtest/gtest.h>

#include "word_to_pdf_fixture.h"

namespace orderhub::word_to_pdf::testing {
namespace {

using HostileInputTest = WordToPdfPluginTest;

TEST_F(HostileInputTest, TemplateThatIsNotAZipIsRefused) {
  const std::filesystem::path path = template_path("letter.docx");
  write_bytes(path, "Dear customer, this is a plain text file.\n");
  const loader::CallResult result = render_with_template(path);
  EXPECT_EQ(result.status, StatusCode::invalid_argument);
  EXPECT_FALSE(result.contract_violation);
  EXPECT_NE(result.message.find(path.string()), std::string::npos) << result.message;
}

TEST_F(HostileInputTest, InvalidUtf8InOrderValuesIsReplacedAndTheInvoiceRenders) {
  // The request is built by hand: a JSON library would not write these bytes.
  std::string request = render_request().dump();
  const std::string name = "\"Zoe Quartermaine\"";
  request.replace(request.find(name), name.size(), "\"Broken\xff\xfe Name\xc3\"");
  const std::string title = "\"Walnut Desk Lamp\"";
  request.replace(request.find(title), title.size(), "\"Lamp\xed\xa0\x80 Overlong\xc0\xaf\"");
  const loader::CallResult result = plugin().render_pdf(request);
  ASSERT_TRUE(result.ok()) << result.message;
  EXPECT_EQ(qpdf_check(directory(), result.output).exit_code, 0);
  const std::string text = pdf_text(directory(), result.output);
  EXPECT_NE(text.find("Broken"), std::string::npos) << text;
  EXPECT_NE(text.find("Overlong"), std::string::npos) << text;
}

TEST_F(HostileInputTest, TenThousandCharacterNameRenders) {
  nlohmann::json request = render_request();
  std::string name;
  while (name.size() < 10'000) {
    name += "Quartermaine-";
  }
  name.resize(10'000);
  request["order"]["buyer"]["name"] = name;
  request["order"]["lines"][0]["title"] = std::string(10'000, 'W');
  const loader::CallResult result = render(request);
  ASSERT_TRUE(result.ok()) << result.message;
  EXPECT_EQ(qpdf_check(directory(), result.output).exit_code, 0);
  EXPECT_NE(pdf_text(directory(), result.output).find("INV-2026-0042"), std::string::npos);
}

TEST_F(HostileInputTest, MarkupInValuesIsPrintedAsText) {
  nlohmann::json request = render_request();
  request["order"]["buyer"]["name"] = "<w:t>Tom & \"Jerry\" </w:p>]]>";
  const loader::CallResult result = render(request);
  ASSERT_TRUE(result.ok()) << result.message;
  EXPECT_NE(pdf_text(directory(), result.output).find("<w:t>Tom & \"Jerry\" </w:p>]]>"),
            std::string::npos);
}

TEST_F(HostileInputTest, MalformedRequestsAreRefusedNamingWhatIsWrong) {
  EXPECT_EQ(plugin().render_pdf("not json").message, "render request: not a JSON object");
  nlohmann::json request = render_request();
  request["order"]["totals"]["tax"]["minor"] = 1.5;
  EXPECT_EQ(render(request).message,
            "render request: order.totals.tax is not money: it needs an integer \"minor\"");
  request = render_request();
  request["order"]["lines"] = nlohmann::json::array();
  EXPECT_EQ(render(request).message, "render request: order.lines is not a non-empty array");
  request = render_request();
  request["template"] = "relative/invoice.docx";
  const loader::CallResult relative = render(request);
  EXPECT_EQ(relative.status, StatusCode::invalid_argument);
  EXPECT_EQ(relative.message, "template relative/invoice.docx is not an absolute path");
}

TEST(WordToPdfCreateTest, MissingLibreOfficeIsAFailedPreconditionNamingThePackage) {
  loader::CallResult result;
  const auto instance = create_instance(
      R"({"libreoffice_program_directory": "/nonexistent/libreoffice/program"})", &result);
  EXPECT_EQ(instance, nullptr);
  EXPECT_EQ(result.status, StatusCode::failed_precondition);
  EXPECT_EQ(result.message,
            "LibreOffice is not installed: /nonexistent/libreoffice/program/libmergedlo.so is "
            "missing (install the Debian package libreoffice-writer-nogui, or set "
            "\"libreoffice_program_directory\")");
}

TEST(WordToPdfCreateTest, UnknownConfigKeyIsRefused) {
  loader::CallResult result;
  EXPECT_EQ(create_instance(R"({"colour": "red"})", &result), nullptr);
  EXPECT_EQ(result.status, StatusCode::invalid_argument);
  EXPECT_EQ(result.message, "word-to-pdf config: unknown key \"colour\"");
}

}  // namespace
}  // namespace orderhub::word_to_pdf::testing
