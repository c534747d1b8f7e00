// Acceptance: a 200-line order runs over several pages, each with the table header and a
// "Page i of N" footer, and the printed totals are exactly the order's.
#include <gtest/gtest.h>

#include <regex>

#include "invoice_test_support.h"

namespace orderhub::invoices::testing {
namespace {

constexpr int kLines = 200;

json two_hundred_line_order(std::int64_t& items_total) {
  json request = example_request();
  request["options"]["locale"] = "en-US";
  json lines = json::array();
  items_total = 0;
  for (int index = 1; index <= kLines; ++index) {
    const std::int64_t unit = 99 + index * 137;
    const int quantity = 1 + index % 4;
    items_total += unit * quantity;
    lines.push_back({{"line_id", std::to_string(index)},
                     {"sku", "SKU-" + std::to_string(index)},
                     {"title", "Catalogue item number " + std::to_string(index)},
                     {"quantity", quantity},
                     {"unit_price", money(unit, "USD")}});
  }
  json& order = request["order"];
  order["currency"] = "USD";
  order["lines"] = lines;
  order["totals"] = {{"items", money(items_total, "USD")},
                     {"shipping", money(1995, "USD")},
                     {"tax", money(123457, "USD")},
                     {"discount", money(5000, "USD")},
                     {"total", money(items_total + 1995 + 123457 - 5000, "USD")}};
  return request;
}

// "$1,234.56" or "-$5.00" -> minor units, from the printed text only.
std::int64_t minor_units(std::string printed) {
  const bool negative = !printed.empty() && printed[0] == '-';
  std::int64_t value = 0;
  for (const char character : printed) {
    if (character >= '0' && character <= '9') {
      value = value * 10 + (character - '0');
    }
  }
  return negative ? -value : value;
}

// The amount printed on the line that starts with label in pdftotext -layout output.
std::int64_t printed_amount(const std::string& text, const std::string& label) {
  const std::regex line("(^|\\n)\\s*" + label + "\\s+(-?\\$[0-9,]+\\.[0-9]{2})\\s*(\\n|$)");
  std::smatch match;
  if (!std::regex_search(text, match, line)) {
    ADD_FAILURE() << "no \"" << label << "\" amount in:\n" << text;
    return -1;
  }
  return minor_units(match[2].str());
}

TEST(LongOrder, RunsOverPagesWithRepeatedHeadersPageNumbersAndExactTotals) {
  ScratchFolder folder;
  auto instance = plugin_instance(kStandardPlugin);
  ASSERT_NE(instance, nullptr);
  std::int64_t items_total = 0;
  const json request = two_hundred_line_order(items_total);
  const auto pdf = render_to_file(*instance, request, folder.path(), "long");

  const int pages = pdf_page_count(pdf);
  ASSERT_GE(pages, 3);
  for (int page = 1; page <= pages; ++page) {
    const std::string text = pdf_text(pdf, true, page);
    EXPECT_NE(text.find("Page " + std::to_string(page) + " of " + std::to_string(pages)),
              std::string::npos)
        << "page " << page;
    EXPECT_NE(text.find("Unit price"), std::string::npos) << "no table header on page " << page;
  }
  const std::string all = pdf_text(pdf, true);
  for (int index = 1; index <= kLines; ++index) {
    EXPECT_NE(all.find("SKU-" + std::to_string(index) + " "), std::string::npos) << index;
  }
  const json& totals = request["order"]["totals"];
  EXPECT_EQ(printed_amount(all, "Items"), totals["items"]["minor"].get<std::int64_t>());
  EXPECT_EQ(printed_amount(all, "Shipping"), totals["shipping"]["minor"].get<std::int64_t>());
  EXPECT_EQ(printed_amount(all, "Tax"), totals["tax"]["minor"].get<std::int64_t>());
  EXPECT_EQ(printed_amount(all, "Discount"), totals["discount"]["minor"].get<std::int64_t>());
  EXPECT_EQ(printed_amount(all, "Total"), totals["total"]["minor"].get<std::int64_t>());
  EXPECT_EQ(run_command("qpdf --check " + quoted(pdf)).exit_code, 0);
}

TEST(Money, PrintsByTheCurrencyExponent) {
  ScratchFolder folder;
  auto instance = plugin_instance(kStandardPlugin);
  ASSERT_NE(instance, nullptr);
  json request = example_request();
  request["order"]["currency"] = "JPY";
  request["order"]["lines"] = json::array({{{"line_id", "1"},
                                            {"title", "Matcha"},
                                            {"quantity", 3},
                                            {"unit_price", money(1500, "JPY")}}});
  request["order"]["totals"] = {{"items", money(4500, "JPY")},
                                {"shipping", money(0, "JPY")},
                                {"tax", money(450, "JPY")},
                                {"discount", money(0, "JPY")},
                                {"total", money(1234567, "JPY")}};
  request["seller"]["name"] = "Money check";
  const std::string text = pdf_text(render_to_file(*instance, request, folder.path(), "yen"));
  EXPECT_NE(text.find("¥1,500"), std::string::npos) << text;
  EXPECT_NE(text.find("¥1,234,567"), std::string::npos) << text;
  EXPECT_EQ(text.find("¥1,500.00"), std::string::npos) << text;
}

}  // namespace
}  // namespace orderhub::invoices::testing
