// invoice_fixture.h: the invoice tests' world: the Smart Bargains sandbox and account "shop" (the
// channel that takes invoice uploads), a plugin directory holding the Smart Bargains and CS-Cart
// channel plugins, the test invoice plugins (ALPHA, BETA, and a stand-in carrying Standard's id)
// and the hello-invoice example; and helpers to print, read and check PDFs.
#pragma once

#include <string>
#include <vector>

#include "../smartbargains/smartbargains_channel.h"

namespace orderhub::testing {

class InvoiceFixture : public ChannelFixture {
 protected:
  InvoiceFixture();
  explicit InvoiceFixture(std::string scratch);
  ~InvoiceFixture() override;

  // A small sandbox keeps each test to a few seconds.
  void SetUp() override { start({"--orders", "8"}); }

  // Adds another account on the running sandbox (same channel unless plugin says otherwise),
  // applies settings, and downloads its orders.
  void add_account(const std::string& account, const std::vector<std::string>& settings,
                   const std::string& plugin = "smartbargains");
  // The stored orders of one account.
  std::vector<domain::Order> orders_of(const std::string& account) const;

  // `orderhub invoice ORDER --out <file>` plus extra arguments; fails the test unless it exits 0.
  // Returns the PDF's bytes.
  std::string print(const domain::Order& order, const std::vector<std::string>& extra = {});
  // The sandbox's received entries of one kind ("shipment", "invoice").
  std::vector<nlohmann::json> received_of(const std::string& kind) const;
  std::vector<domain::OutboxRow> outbox_of(domain::OutboxKind kind) const;

  // A path in this test's scratch directory.
  std::string scratch(const std::string& name) const;

 private:
  std::string scratch_;
  int prints_ = 0;
};

// The file's bytes.
std::string read_bytes(const std::string& path);
void write_text(const std::string& path, const std::string& text);

// Empty when pdf is a well-formed PDF: %PDF- header, %%EOF trailer, a startxref pointing at the
// xref table, and every in-use xref entry pointing at its "N 0 obj"; else what is wrong.
std::string pdf_structure_problem(const std::string& pdf);

// Whether the PDF's text holds text (the test plugins write their lines as literal strings).
bool pdf_shows(const std::string& pdf, const std::string& text);

}  // namespace orderhub::testing
