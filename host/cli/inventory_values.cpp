// inventory_values.cpp: option values of the inventory commands.
#include "inventory_values.h"

#include <charconv>

namespace orderhub::cli {

using domain::Error;

domain::Result<std::int64_t> parse_count_option(std::string_view option, std::string_view text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size()) {
    return Error{std::string(option) + ": " + domain::quoted(text) +
                 " is not a whole number like 12"};
  }
  if (value < 0) {
    return Error{std::string(option) + ": " + domain::quoted(text) + " is negative"};
  }
  return value;
}

domain::Result<std::optional<domain::Date>> parse_optional_date_option(std::string_view option,
                                                                       std::string_view text) {
  if (text.empty()) {
    return std::optional<domain::Date>{};
  }
  auto date = domain::parse_date(text);
  if (!date) {
    return Error{std::string(option) + ": " + domain::quoted(text) +
                 " is not a date like 2026-12-01 (\"\" clears it)"};
  }
  return std::optional<domain::Date>(*date);
}

domain::Result<std::optional<domain::Money>> parse_unit_cost_option(std::string_view option,
                                                                    std::string_view text) {
  if (text.empty()) {
    return std::optional<domain::Money>{};
  }
  const std::size_t space = text.find(' ');
  if (space == std::string_view::npos) {
    return Error{std::string(option) + ": " + domain::quoted(text) +
                 " is not an amount and a currency like \"12.34 USD\""};
  }
  auto currency = domain::Currency::parse(text.substr(space + 1));
  if (!currency) {
    return currency.error().within(option);
  }
  auto amount = domain::parse_money(text.substr(0, space), *currency);
  if (!amount) {
    return amount.error().within(option);
  }
  return std::optional<domain::Money>(*amount);
}

std::string date_text(const std::optional<domain::Date>& date) {
  return date ? domain::format_date(*date) : "-";
}

}  // namespace orderhub::cli
