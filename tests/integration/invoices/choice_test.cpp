// choice_test.cpp: each account prints with its own invoice plugin; an account without one uses
// the hub's default, and without that Standard; --plugin overrides for one print; a whole account
// prints to one PDF per order; the commands explain themselves.
#include <filesystem>

#include "invoice_fixture.h"

namespace orderhub::testing {
namespace {

class InvoiceChoiceTest : public InvoiceFixture {};

TEST_F(InvoiceChoiceTest, ThreeAccountsWithThreePluginsPrintThreeDifferentFormats) {
  must({"account", "set", "shop", "invoice.plugin=org.orderhub.test.invoice-alpha"});
  add_account("shop-b", {"invoice.plugin=invoice-beta"});
  add_account("shop-c", {"invoice.plugin=org.example.hello-invoice"});

  const std::string alpha = print(orders_of("shop").front());
  const std::string beta = print(orders_of("shop-b").front());
  const std::string hello = print(orders_of("shop-c").front());
  for (const std::string* pdf : {&alpha, &beta, &hello}) {
    EXPECT_EQ(pdf_structure_problem(*pdf), "");
  }
  EXPECT_TRUE(pdf_shows(alpha, "MARKER ALPHA"));
  EXPECT_TRUE(pdf_shows(beta, "MARKER BETA"));
  EXPECT_TRUE(pdf_shows(hello, "Hello Invoice INV-"));
  EXPECT_FALSE(pdf_shows(alpha, "MARKER BETA"));
  EXPECT_FALSE(pdf_shows(hello, "MARKER"));
  // The request names the channel the order came from (parentheses are escaped in a PDF string).
  EXPECT_TRUE(pdf_shows(alpha, R"(Channel Smart Bargains \(org.orderhub.channel.smartbargains\))"));
}

TEST_F(InvoiceChoiceTest, ResolutionGoesAccountThenHubDefaultThenStandard) {
  const domain::Order order = orders_of("shop").front();
  EXPECT_TRUE(pdf_shows(print(order), "MARKER STANDARD-STAND-IN"));

  must({"settings", "set", "invoice.plugin=invoice-beta", "seller.name=Acme Goods"});
  const std::string from_default = print(order);
  EXPECT_TRUE(pdf_shows(from_default, "MARKER BETA"));
  EXPECT_TRUE(pdf_shows(from_default, "Seller Acme Goods"));

  must({"account", "set", "shop", "invoice.plugin=invoice-alpha"});
  EXPECT_TRUE(pdf_shows(print(order), "MARKER ALPHA"));

  // --plugin wins over every stored choice, for this print only.
  EXPECT_TRUE(pdf_shows(print(order, {"--plugin", "hello-invoice"}), "Hello Invoice"));
  EXPECT_TRUE(pdf_shows(print(order), "MARKER ALPHA"));

  // Back to defaults: the hub default, then Standard again.
  must({"account", "set", "shop", "invoice.plugin="});
  EXPECT_TRUE(pdf_shows(print(order), "MARKER BETA"));
  must({"settings", "set", "invoice.plugin="});
  EXPECT_TRUE(pdf_shows(print(order), "MARKER STANDARD-STAND-IN"));
  const std::string shown = must({"settings", "show", "--json"});
  EXPECT_NE(shown.find("\"seller.name\": \"Acme Goods\""), std::string::npos) << shown;
}

TEST_F(InvoiceChoiceTest, AnOrderRuleChoosesThePluginOfItsOrdersBeforeTheAccount) {
  const std::string rule = scratch("rule.json");
  write_text(rule, R"({"name": "Beta invoices for shop-r",
    "scope": {"include_unpaid": true, "include_shipped": true},
    "conditions": {"account": "shop-r"},
    "actions": [{"set_invoice": {"plugin": "org.orderhub.test.invoice-beta"}}]})");
  must({"rules", "add", rule});
  add_account("shop-r", {"invoice.plugin=invoice-alpha"});

  const domain::Order order = orders_of("shop-r").front();
  EXPECT_TRUE(pdf_shows(print(order), "MARKER BETA"));
  // The account's own choice still holds for orders no rule touched.
  must({"account", "set", "shop", "invoice.plugin=invoice-alpha"});
  EXPECT_TRUE(pdf_shows(print(orders_of("shop").front()), "MARKER ALPHA"));
}

TEST_F(InvoiceChoiceTest, AnAccountPrintsToOnePdfPerOrderNamedByInvoiceNumber) {
  must({"account", "set", "shop", "invoice.plugin=invoice-alpha"});
  const std::string directory = scratch("batch");
  const OrderhubRun run =
      orderhub({"invoice", "--account", "shop", "--status", "in_process", "--out", directory});
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  std::size_t in_process = 0;
  for (const domain::Order& order : orders_of("shop")) {
    if (order.status != domain::OrderStatus::in_process) {
      continue;
    }
    ++in_process;
    const std::string pdf =
        read_bytes(directory + "/INV-" + std::to_string(order.id.value) + ".pdf");
    EXPECT_EQ(pdf_structure_problem(pdf), "") << order.id.value;
    EXPECT_TRUE(pdf_shows(pdf, "Order " + order.channel_order_id.str()));
  }
  ASSERT_GT(in_process, 0u);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory)) {
    ++files;
  }
  EXPECT_EQ(files, in_process);
}

TEST_F(InvoiceChoiceTest, InvoiceAndTemplateCheckExplainThemselves) {
  const OrderhubRun invoice = orderhub({"invoice", "--help"});
  EXPECT_EQ(invoice.exit_code, 0);
  for (const char* word : {"--out", "--plugin", "--account", "--status", "invoice.plugin"}) {
    EXPECT_NE(invoice.out.find(word), std::string::npos) << word << "\n" << invoice.out;
  }
  const OrderhubRun check = orderhub({"invoice-template", "check", "--help"});
  EXPECT_EQ(check.exit_code, 0);
  EXPECT_NE(check.out.find("--plugin"), std::string::npos) << check.out;
  const OrderhubRun settings = orderhub({"settings", "set", "--help"});
  EXPECT_EQ(settings.exit_code, 0);
  EXPECT_NE(settings.out.find("seller.vat_id"), std::string::npos) << settings.out;
}

TEST_F(InvoiceChoiceTest, TemplateCheckListsEveryProblemAndFailsOnThem) {
  const std::string good = scratch("good.txt");
  write_text(good, "Invoice {{invoice.number}}\nfor {{buyer.name}}\n");
  const OrderhubRun fine =
      orderhub({"invoice-template", "check", good, "--plugin", "invoice-alpha"});
  EXPECT_EQ(fine.exit_code, 0) << fine.out << fine.err;
  EXPECT_NE(fine.out.find("ok for org.orderhub.test.invoice-alpha"), std::string::npos);

  const std::string bad = scratch("bad.txt");
  write_text(bad, "Invoice\nfor {{buyer.nmae}} {{total}}\n");
  const OrderhubRun refused =
      orderhub({"invoice-template", "check", bad, "--plugin", "invoice-alpha"});
  EXPECT_EQ(refused.exit_code, 1) << refused.out << refused.err;
  EXPECT_NE(refused.out.find("2 problems"), std::string::npos) << refused.out;
  EXPECT_NE(refused.out.find("template: {{invoice.number}} is missing"), std::string::npos);
  EXPECT_NE(refused.out.find("line 2: unknown placeholder {{buyer.nmae}}"), std::string::npos);

  // Without --plugin the hub's default (here Standard, the stand-in) checks it.
  EXPECT_EQ(orderhub({"invoice-template", "check", good}).exit_code, 0);

  const OrderhubRun cannot =
      orderhub({"invoice-template", "check", good, "--plugin", "hello-invoice"});
  EXPECT_EQ(cannot.exit_code, 1);
  EXPECT_NE(cannot.err.find("org.example.hello-invoice cannot check templates (it does not "
                            "declare template.check)"),
            std::string::npos)
      << cannot.err;
  const OrderhubRun missing =
      orderhub({"invoice-template", "check", scratch("nope.txt"), "--plugin", "invoice-alpha"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("does not exist"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace orderhub::testing
