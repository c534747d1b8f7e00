// Test helpers: a complete orderhub.render_request/1 with a distinct value in every field, and
// the PDF tools (pdftotext, qpdf) that check what the plugin rendered.
#ifndef ORDERHUB_TESTS_WORD_TO_PDF_INVOICE_TEST_SUPPORT_H
#define ORDERHUB_TESTS_WORD_TO_PDF_INVOICE_TEST_SUPPORT_H

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "docx_writer.h"

namespace orderhub::word_to_pdf::testing {

inline nlohmann::json money(long long minor, const char* currency = "EUR") {
  return {{"minor", minor}, {"currency", currency}};
}

inline nlohmann::json address(const std::string& tag) {
  return {{"name", tag + "Name"},      {"company", tag + "Company"},
          {"line1", tag + "Street 1"}, {"line2", tag + "Floor"},
          {"city", tag + "City"},      {"state", tag + "State"},
          {"postal_code", "75001"},    {"country", "FR"},
          {"phone", "+33 1 00 00 00"}};
}

// Two order lines; every value is a word that appears nowhere else in the request.
inline nlohmann::json render_request() {
  nlohmann::json order = {{"channel_order_id", "CSC-771234"},
                          {"created_at", "2026-11-20T09:15:00Z"},
                          {"updated_at", "2026-11-21T10:00:00Z"},
                          {"currency", "EUR"},
                          {"payment_status", "charged"},
                          {"shipping_status", "unshipped"},
                          {"shipping_method", "ColissimoExpress"},
                          {"buyer", {{"name", "Zoe Quartermaine"}, {"email", "zoe@buyer.example"}}},
                          {"ship_to", address("Ship")},
                          {"bill_to", address("Bill")},
                          {"lines",
                           {{{"line_id", "1"},
                             {"sku", "SKU-ALPHA-1"},
                             {"title", "Walnut Desk Lamp"},
                             {"quantity", 2},
                             {"unit_price", money(1250)}},
                            {{"line_id", "2"},
                             {"sku", "SKU-BRAVO-2"},
                             {"title", "Linen Cushion Cover"},
                             {"quantity", 3},
                             {"unit_price", money(123456)}}}},
                          {"totals",
                           {{"items", money(372868)},
                            {"shipping", money(690)},
                            {"tax", money(74573)},
                            {"discount", money(-500)},
                            {"total", money(447631)}}},
                          {"id", 42},
                          {"account", "cscart-main"},
                          {"status", "open"}};
  return {{"schema", "orderhub.render_request/1"},
          {"order", order},
          {"invoice", {{"number", "INV-2026-0042"}, {"date", "2026-11-23"}}},
          {"seller",
           {{"name", "Maison Lumiere SARL"},
            {"address", address("Seller")},
            {"vat_id", "FR12345678901"},
            {"email", "billing@maison.example"},
            {"phone", "+33 9 87 65 43"}}},
          {"options", {{"paper", "A4"}}},
          {"template", nullptr},
          {"channel", {{"plugin_id", "org.orderhub.channel.cscart"}, {"name", "CS-Cart"}}}};
}

struct CommandResult {
  int exit_code = -1;
  std::string output;
};

// Runs a shell command line, with its standard error folded into the output.
inline CommandResult run_command(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) {
    return result;
  }
  std::array<char, 4096> buffer{};
  std::size_t count = 0;
  while ((count = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    result.output.append(buffer.data(), count);
  }
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// The text of a PDF as pdftotext reads it, with every run of white space made one space, so
// that a value broken over lines by the layout still reads whole.
inline std::string pdf_text(const std::filesystem::path& directory, const std::string& pdf) {
  const std::filesystem::path path = directory / "rendered.pdf";
  write_bytes(path, pdf);
  const CommandResult result =
      run_command(std::string(PDFTOTEXT_PROGRAM) + " -enc UTF-8 " + path.string() + " -");
  std::string text;
  for (char c : result.output) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (!space) {
      text += c;
    } else if (!text.empty() && text.back() != ' ') {
      text += ' ';
    }
  }
  return text;
}

// qpdf --check on the PDF: exit 0 means a structurally sound file.
inline CommandResult qpdf_check(const std::filesystem::path& directory, const std::string& pdf) {
  const std::filesystem::path path = directory / "checked.pdf";
  write_bytes(path, pdf);
  return run_command(std::string(QPDF_PROGRAM) + " --check " + path.string());
}

}  // namespace orderhub::word_to_pdf::testing

#endif  // ORDERHUB_TESTS_WORD_TO_PDF_INVOICE_TEST_SUPPORT_H
