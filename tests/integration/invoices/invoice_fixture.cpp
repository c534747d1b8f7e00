// invoice_fixture.cpp: the composed plugin directory, extra accounts, printing and PDF checks.
#include "invoice_fixture.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace orderhub::testing {
namespace {

namespace fs = std::filesystem;

std::string make_scratch_directory() {
  std::string pattern = (fs::temp_directory_path() / "orderhub-invoice-it-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create a temporary directory");
  }
  return pattern;
}

// Only the plugins these tests mean: the channel plugins from the build, and the invoice plugins
// built for the tests (the real Standard, when built, is left out so the stand-in is the one).
ChannelUnderTest channel_with_plugins(const std::string& scratch) {
  const fs::path plugins = fs::path(scratch) / "plugins";
  fs::create_directories(plugins);
  for (const char* channel : {"smartbargains", "cscart"}) {
    fs::create_directory_symlink(fs::path(BUILD_PLUGIN_DIRECTORY) / channel, plugins / channel);
  }
  for (const char* invoice : {"test-invoice-alpha", "test-invoice-beta",
                              "test-invoice-standard-stand-in", "test-hello-invoice"}) {
    fs::create_directory_symlink(fs::path(INVOICE_TEST_PLUGIN_DIRECTORY) / invoice,
                                 plugins / invoice);
  }
  ChannelUnderTest channel = smartbargains_channel();
  channel.plugin_directory = plugins.string();
  return channel;
}

}  // namespace

InvoiceFixture::InvoiceFixture() : InvoiceFixture(make_scratch_directory()) {}

InvoiceFixture::InvoiceFixture(std::string scratch)
    : ChannelFixture(channel_with_plugins(scratch)), scratch_(std::move(scratch)) {}

std::vector<nlohmann::json> InvoiceFixture::received_of(const std::string& kind) const {
  std::vector<nlohmann::json> entries;
  for (const nlohmann::json& entry : received()) {
    if (entry.at("kind") == kind) {
      entries.push_back(entry);
    }
  }
  return entries;
}

std::vector<domain::OutboxRow> InvoiceFixture::outbox_of(domain::OutboxKind kind) const {
  std::vector<domain::OutboxRow> rows;
  for (const domain::OutboxRow& row : outbox()) {
    if (row.kind == kind) {
      rows.push_back(row);
    }
  }
  return rows;
}

InvoiceFixture::~InvoiceFixture() {
  std::error_code ignored;
  fs::remove_all(scratch_, ignored);
}

void InvoiceFixture::add_account(const std::string& account,
                                 const std::vector<std::string>& settings,
                                 const std::string& plugin) {
  nlohmann::json config = channel().config(sandbox());
  if (plugin == "cscart") {
    config = cscart_channel().config(sandbox());
  }
  must({"account", "add", account, "--plugin", plugin, "--config", config.dump()});
  if (!settings.empty()) {
    std::vector<std::string> set = {"account", "set", account};
    set.insert(set.end(), settings.begin(), settings.end());
    must(set);
  }
  must({"download", account});
}

std::vector<domain::Order> InvoiceFixture::orders_of(const std::string& account) const {
  std::vector<domain::Order> orders;
  for (const domain::Order& order : stored_orders()) {
    if (order.account.str() == account) {
      orders.push_back(order);
    }
  }
  return orders;
}

std::string InvoiceFixture::print(const domain::Order& order,
                                  const std::vector<std::string>& extra) {
  const std::string path = scratch("print-" + std::to_string(++prints_) + ".pdf");
  std::vector<std::string> arguments = {"invoice", id_text(order), "--out", path};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  const OrderhubRun run = orderhub(arguments);
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  if (run.exit_code != 0) {
    return "";
  }
  return read_bytes(path);
}

std::string InvoiceFixture::scratch(const std::string& name) const {
  return (fs::path(scratch_) / name).string();
}

std::string read_bytes(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << text;
}

std::string pdf_structure_problem(const std::string& pdf) {
  if (pdf.rfind("%PDF-", 0) != 0) {
    return "no %PDF- header";
  }
  if (pdf.find("%%EOF") == std::string::npos) {
    return "no %%EOF";
  }
  const std::size_t start = pdf.rfind("startxref\n");
  if (start == std::string::npos) {
    return "no startxref";
  }
  const std::size_t xref = std::stoul(pdf.substr(start + 10));
  if (pdf.compare(xref, 5, "xref\n") != 0) {
    return "startxref does not point at the xref table";
  }
  std::istringstream table(pdf.substr(xref + 5));
  std::size_t first = 0;
  std::size_t count = 0;
  table >> first >> count;
  for (std::size_t object = first; object < first + count; ++object) {
    std::string offset;
    std::string generation;
    std::string kind;
    table >> offset >> generation >> kind;
    if (kind != "n") {
      continue;
    }
    const std::string expected = std::to_string(object) + " 0 obj";
    if (pdf.compare(std::stoul(offset), expected.size(), expected) != 0) {
      return "xref entry of object " + std::to_string(object) + " points elsewhere";
    }
  }
  return "";
}

bool pdf_shows(const std::string& pdf, const std::string& text) {
  return pdf.find("(" + text) != std::string::npos;
}

}  // namespace orderhub::testing
