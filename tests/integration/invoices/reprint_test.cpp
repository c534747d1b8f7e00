// reprint_test.cpp: an order keeps its invoice number; printing again returns the stored bytes;
// an edited template (or another plugin) renders a new rendition, stored too.
#include "invoice_fixture.h"

namespace orderhub::testing {
namespace {

class InvoiceReprintTest : public InvoiceFixture {};

TEST_F(InvoiceReprintTest, AReprintReturnsTheSameBytesUnderTheSameNumber) {
  must({"account", "set", "shop", "invoice.plugin=invoice-alpha"});
  const domain::Order order = orders_of("shop").front();
  const std::string first = print(order);
  const std::string invoice = "INV-" + std::to_string(order.id.value);
  EXPECT_TRUE(pdf_shows(first, "Invoice " + invoice + " of "));
  const OrderhubRun again = orderhub({"invoice", id_text(order), "--out", scratch("again.pdf")});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("stored rendition"), std::string::npos) << again.out;
  EXPECT_EQ(read_bytes(scratch("again.pdf")), first);

  const auto store = store::open_store(database_path());
  const auto number = store->begin_read()->invoices().find_number(order.id);
  ASSERT_TRUE(number.has_value());
  EXPECT_EQ(number->number, invoice);
}

TEST_F(InvoiceReprintTest, AChangedTemplateGivesANewRenditionThatIsStoredInTurn) {
  const std::string layout = scratch("layout.txt");
  write_text(layout, "Layout one {{invoice.number}}\n");
  must({"account", "set", "shop", "invoice.plugin=invoice-alpha", "invoice.template=" + layout});
  const domain::Order order = orders_of("shop").front();
  const std::string first = print(order);
  EXPECT_TRUE(pdf_shows(first, "Template Layout one"));
  EXPECT_EQ(print(order), first);

  write_text(layout, "Layout two {{invoice.number}}\n");
  const std::string second = print(order);
  EXPECT_NE(second, first);
  EXPECT_TRUE(pdf_shows(second, "Template Layout two"));
  EXPECT_EQ(print(order), second);

  // The same number on both renditions: the template changed, not the invoice.
  EXPECT_TRUE(pdf_shows(second, "Invoice INV-" + std::to_string(order.id.value)));
  const auto store = store::open_store(database_path());
  const auto reading = store->begin_read();
  const auto number = reading->invoices().find_number(order.id);
  ASSERT_TRUE(number.has_value());
  // Both renditions stay stored; going back to layout one finds the first bytes again.
  write_text(layout, "Layout one {{invoice.number}}\n");
  EXPECT_EQ(print(order), first);
}

}  // namespace
}  // namespace orderhub::testing
