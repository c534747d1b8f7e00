// refusal_test.cpp: bad input is refused with a message naming what was wrong, and nothing is
// stored: no invoice number, no rendition, no setting.
#include "invoice_fixture.h"

namespace orderhub::testing {
namespace {

class InvoiceRefusalTest : public InvoiceFixture {
 protected:
  void expect_refused(const std::vector<std::string>& arguments, const std::string& message) {
    const OrderhubRun run = orderhub(arguments);
    EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
    EXPECT_NE(run.err.find(message), std::string::npos) << run.err;
  }

  void expect_nothing_stored(const domain::Order& order) {
    const auto store = store::open_store(database_path());
    EXPECT_FALSE(store->begin_read()->invoices().find_number(order.id).has_value());
  }
};

TEST_F(InvoiceRefusalTest, AnUnknownOrderIsNamed) {
  expect_refused({"invoice", "9999", "--out", scratch("x.pdf")}, "no order 9999");
  expect_refused({"invoice", "shop:NO-SUCH-PO", "--out", scratch("x.pdf")}, "NO-SUCH-PO");
}

TEST_F(InvoiceRefusalTest, AnUnknownPluginIsRefusedAndNothingIsStored) {
  const domain::Order order = orders_of("shop").front();
  expect_refused({"invoice", id_text(order), "--plugin", "org.example.nope"},
                 "invoice plugin: no plugin \"org.example.nope\"");
  // Standard is the fallback; a hub without it says so.
  expect_refused({"settings", "set", "invoice.plugin=org.example.nope"},
                 "invoice.plugin: no plugin \"org.example.nope\"");
  expect_nothing_stored(order);
}

TEST_F(InvoiceRefusalTest, AChannelPluginIsNotAnInvoicePlugin) {
  const domain::Order order = orders_of("shop").front();
  expect_refused({"invoice", id_text(order), "--plugin", "smartbargains"},
                 "plugin org.orderhub.channel.smartbargains is a channel plugin, not an invoice "
                 "plugin");
  expect_refused({"settings", "set", "invoice.plugin=smartbargains"},
                 "is a channel plugin, not an invoice plugin");
  expect_refused({"account", "set", "shop", "invoice.plugin=cscart"}, "is not an invoice plugin");
  expect_nothing_stored(order);
  const std::string shown = must({"settings", "show", "--json"});
  EXPECT_NE(shown.find("\"invoice.plugin\": \"\""), std::string::npos) << shown;
}

TEST_F(InvoiceRefusalTest, AMissingTemplateFileIsNamedAndNothingIsStored) {
  const domain::Order order = orders_of("shop").front();
  const std::string missing = scratch("no-such-template.txt");
  must({"account", "set", "shop", "invoice.plugin=invoice-alpha", "invoice.template=" + missing});
  expect_refused({"invoice", id_text(order), "--out", scratch("x.pdf")},
                 "invoice template \"" + missing + "\" does not exist or is not a file");
  expect_nothing_stored(order);
  expect_refused({"invoice", "--account", "shop", "--out", scratch("batch")}, "does not exist");
  expect_nothing_stored(order);
}

TEST_F(InvoiceRefusalTest, BadHubSettingsAreRefusedNamingTheKey) {
  expect_refused({"settings", "set", "seller.name=Acme", "seller.address.country=usa"},
                 "seller.address.country: \"usa\" is not an ISO 3166-1 alpha-2 country code");
  expect_refused({"settings", "set", "seller.colour=red"},
                 "unknown host setting \"seller.colour\"");
  const std::string shown = must({"settings", "show", "--json"});
  // The valid change in the refused batch was not applied either.
  EXPECT_NE(shown.find("\"seller.name\": \"\""), std::string::npos) << shown;
}

}  // namespace
}  // namespace orderhub::testing
