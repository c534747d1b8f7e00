// invoice_plugin_test.cpp: an invoice plugin exported with ORDERHUB_INVOICE_PLUGIN, driven through
// its descriptor's C function pointers: render_pdf is always wired, check_template exactly when
// "template.check" is declared, and binary output crosses intact.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include <orderhub/sdk.h>

#include "call_helpers.h"
#include "test_host.h"

namespace {

using orderhub::sdk::Error;
using orderhub::sdk::Host;
using orderhub::sdk::Status;
using orderhub::testing::call;
using orderhub::testing::TestHost;

// Bytes a PDF writer may produce, NUL included, to show nothing treats the answer as a C string.
const std::string pdf_bytes("%PDF-1.7\n\0\xff\xfe binary\n%%EOF\n", 27);

class FixedInvoice : public orderhub::sdk::InvoicePlugin {
 public:
  FixedInvoice(Host, std::string_view) {}

  std::string render_pdf(std::string_view request) override {
    if (request == "hostile")
      throw Error(Status::INVALID_ARGUMENT, "order.lines.0.title: too long");
    return pdf_bytes;
  }

  std::string check_template(std::string_view) override {
    return R"({"schema": "orderhub.template_report/1", "ok": true, "problems": []})";
  }
};

// The same class described without "template.check", through the builder the macro uses.
constexpr const char* const render_only[] = {"invoice.render", nullptr};
constexpr orderhub_invoice_interface render_only_table =
    orderhub::sdk::detail::invoice_interface<FixedInvoice>(render_only);

}  // namespace

ORDERHUB_INVOICE_PLUGIN(FixedInvoice, "org.orderhub.test.fixed-invoice", "Fixed invoice",
                        "orderhub tests", "0.0.1", nullptr, "invoice.render", "template.check");

namespace {

const orderhub_plugin_descriptor& descriptor() {
  return *orderhub_plugin_entry_v1.descriptor;
}

class InvoicePluginTest : public ::testing::Test {
 protected:
  void SetUp() override {
    orderhub_error error = orderhub::testing::full_size_error();
    ASSERT_EQ(descriptor().create(test_host_.host(), "{}", 2, &instance_, &error),
              ORDERHUB_STATUS_OK)
        << error.message;
  }
  void TearDown() override { descriptor().destroy(instance_); }

  TestHost test_host_;
  orderhub_instance* instance_ = nullptr;
};

TEST(InvoicePluginEntry, DescriptorIsInvoiceKindWithInvoiceTableOnly) {
  EXPECT_EQ(descriptor().kind, ORDERHUB_PLUGIN_KIND_INVOICE);
  EXPECT_EQ(descriptor().channel, nullptr);
  ASSERT_NE(descriptor().invoice, nullptr);
  EXPECT_EQ(descriptor().invoice->struct_size, sizeof(orderhub_invoice_interface));
  EXPECT_EQ(descriptor().description, nullptr);
  EXPECT_STREQ(descriptor().capabilities[0], "invoice.render");
  EXPECT_STREQ(descriptor().capabilities[1], "template.check");
  EXPECT_EQ(descriptor().capabilities[2], nullptr);
}

TEST(InvoicePluginEntry, CheckTemplateIsSetExactlyWhenDeclared) {
  EXPECT_NE(descriptor().invoice->render_pdf, nullptr);
  EXPECT_NE(descriptor().invoice->check_template, nullptr);
  EXPECT_NE(render_only_table.render_pdf, nullptr);
  EXPECT_EQ(render_only_table.check_template, nullptr);
}

TEST_F(InvoicePluginTest, PdfBytesCrossIntactIncludingNul) {
  const auto outcome = call(descriptor().invoice->render_pdf, instance_, "{}");
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_OK);
  EXPECT_EQ(outcome.output, pdf_bytes);
}

TEST_F(InvoicePluginTest, RenderFailureGivesTheThrownStatusAndMessage) {
  const auto outcome = call(descriptor().invoice->render_pdf, instance_, "hostile");
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_INVALID_ARGUMENT);
  EXPECT_EQ(outcome.message, "order.lines.0.title: too long");
}

TEST_F(InvoicePluginTest, CheckTemplateAnswersItsReport) {
  const auto outcome = call(descriptor().invoice->check_template, instance_, "{}");
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_OK);
  EXPECT_EQ(outcome.output,
            R"({"schema": "orderhub.template_report/1", "ok": true, "problems": []})");
}

TEST_F(InvoicePluginTest, WriterRefusingThePdfPropagatesResourceExhausted) {
  const auto outcome = call(descriptor().invoice->render_pdf, instance_, "{}", 4);
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_RESOURCE_EXHAUSTED);
}

}  // namespace
