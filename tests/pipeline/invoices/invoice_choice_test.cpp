// invoice_choice_test.cpp: order -> account -> hub default -> Standard, the template on its own;
// the template version hash; the upload key.
#include <gtest/gtest.h>

#include "pipeline/invoices/invoice_choice.h"
#include "pipeline/invoices/invoice_upload.h"
#include "pipeline/invoices/sha256.h"

namespace orderhub::pipeline {
namespace {

TEST(InvoiceChoice, WithNothingChosenStandardPrintsWithItsOwnTemplate) {
  const InvoiceChoice choice = choose_invoice({}, {}, {});
  EXPECT_EQ(choice.plugin, "org.orderhub.invoice.standard");
  EXPECT_EQ(choice.plugin_source, "standard");
  EXPECT_EQ(choice.template_path, "");
}

TEST(InvoiceChoice, TheHubDefaultComesBeforeStandard) {
  const InvoiceChoice choice = choose_invoice({}, {}, {"org.example.a", "/t/default.docx"});
  EXPECT_EQ(choice.plugin, "org.example.a");
  EXPECT_EQ(choice.plugin_source, "default");
  EXPECT_EQ(choice.template_path, "/t/default.docx");
}

TEST(InvoiceChoice, TheAccountComesBeforeTheHubDefault) {
  const InvoiceChoice choice =
      choose_invoice({}, {"org.example.b", ""}, {"org.example.a", "/t/default.docx"});
  EXPECT_EQ(choice.plugin, "org.example.b");
  EXPECT_EQ(choice.plugin_source, "account");
  // The template is chosen on its own: the account set none, the hub's default applies.
  EXPECT_EQ(choice.template_path, "/t/default.docx");
}

TEST(InvoiceChoice, TheOrderComesFirstAndTheOptionOverridesThePlugin) {
  const InvoicePreference order{"org.example.c", "/t/order.docx"};
  const InvoicePreference account{"org.example.b", "/t/account.docx"};
  EXPECT_EQ(choose_invoice(order, account, {}).plugin, "org.example.c");
  EXPECT_EQ(choose_invoice(order, account, {}).template_path, "/t/order.docx");
  const InvoiceChoice forced = choose_invoice(order, account, {}, "org.example.d");
  EXPECT_EQ(forced.plugin, "org.example.d");
  EXPECT_EQ(forced.plugin_source, "option");
}

TEST(TemplateVersion, IsTheSha256OfTheContent) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex(std::string(1000, 'a')).size(), 64u);
}

TEST(InvoiceUploadKey, NamesTheOrderAndTheNumberAndReadsBack) {
  EXPECT_EQ(invoice_upload_key(domain::OrderId{12}, "INV-12"), "invoice:12:INV-12");
  EXPECT_EQ(order_of_invoice_upload_key("invoice:12:INV-12"), domain::OrderId{12});
  EXPECT_FALSE(order_of_invoice_upload_key("ship:12:3").has_value());
  EXPECT_FALSE(order_of_invoice_upload_key("invoice:x:INV-1").has_value());
  EXPECT_FALSE(order_of_invoice_upload_key("invoice:12").has_value());
}

}  // namespace
}  // namespace orderhub::pipeline
