// The locale table, ISO 4217 exponents, money digits and dates.
#include "locale_format.h"

#include <array>
#include <cctype>
#include <string>

namespace orderhub::invoices {
namespace {

struct CurrencyFacts {
  const char* code;
  int exponent;
  const char* symbol;  // nullptr: print the code
};

// Currencies whose ISO 4217 exponent is not 2, and those printed with a symbol.
constexpr std::array<CurrencyFacts, 32> kCurrencies = {{
    {"USD", 2, "$"},        {"EUR", 2, "\u20AC"}, {"GBP", 2, "\u00A3"}, {"JPY", 0, "\u00A5"},
    {"CNY", 2, "CN\u00A5"}, {"KRW", 0, "\u20A9"}, {"RUB", 2, "\u20BD"}, {"INR", 2, "\u20B9"},
    {"BIF", 0, nullptr},    {"CLP", 0, nullptr},  {"DJF", 0, nullptr},  {"GNF", 0, nullptr},
    {"ISK", 0, nullptr},    {"KMF", 0, nullptr},  {"PYG", 0, nullptr},  {"RWF", 0, nullptr},
    {"UGX", 0, nullptr},    {"UYI", 0, nullptr},  {"VND", 0, nullptr},  {"VUV", 0, nullptr},
    {"XAF", 0, nullptr},    {"XOF", 0, nullptr},  {"XPF", 0, nullptr},  {"BHD", 3, nullptr},
    {"IQD", 3, nullptr},    {"JOD", 3, nullptr},  {"KWD", 3, nullptr},  {"LYD", 3, nullptr},
    {"OMR", 3, nullptr},    {"TND", 3, nullptr},  {"CLF", 4, nullptr},  {"UYW", 4, nullptr},
}};

const CurrencyFacts* find_currency(std::string_view code) {
  for (const CurrencyFacts& facts : kCurrencies) {
    if (code == facts.code) {
      return &facts;
    }
  }
  return nullptr;
}

// The digits of magnitude with groups of three separated.
std::string grouped(std::uint64_t magnitude, const std::string& separator) {
  const std::string digits = std::to_string(magnitude);
  std::string output;
  for (std::size_t index = 0; index < digits.size(); ++index) {
    if (index > 0 && (digits.size() - index) % 3 == 0) {
      output += separator;
    }
    output.push_back(digits[index]);
  }
  return output;
}

// The magnitude of minor as the locale writes it, without sign or currency: "1,234.56".
std::string amount_digits(std::int64_t minor, std::string_view currency,
                          const LocaleFormat& locale) {
  // Unsigned negation keeps INT64_MIN exact.
  const std::uint64_t magnitude =
      minor < 0 ? ~static_cast<std::uint64_t>(minor) + 1 : static_cast<std::uint64_t>(minor);
  const int exponent = currency_exponent(currency);
  std::uint64_t divisor = 1;
  for (int digit = 0; digit < exponent; ++digit) {
    divisor *= 10;
  }
  std::string number = grouped(magnitude / divisor, locale.group_separator);
  if (exponent > 0) {
    std::string fraction = std::to_string(magnitude % divisor);
    fraction.insert(0, static_cast<std::size_t>(exponent) - fraction.size(), '0');
    number += locale.decimal_separator + fraction;
  }
  return number;
}

}  // namespace

std::optional<LocaleFormat> find_locale(std::string_view name) {
  if (name == "en-US") {
    return LocaleFormat{"en-US", ".", ",", DateOrder::month_day_year, '/', SymbolPlace::before};
  }
  if (name == "en-GB") {
    return LocaleFormat{"en-GB", ".", ",", DateOrder::day_month_year, '/', SymbolPlace::before};
  }
  if (name == "fr-FR") {
    return LocaleFormat{"fr-FR", ",", " ", DateOrder::day_month_year, '/', SymbolPlace::after};
  }
  if (name == "de-DE") {
    return LocaleFormat{"de-DE", ",", ".", DateOrder::day_month_year, '.', SymbolPlace::after};
  }
  return std::nullopt;
}

LocaleFormat default_locale() {
  return *find_locale("en-US");
}

std::string known_locales() {
  return "en-US, en-GB, fr-FR, de-DE";
}

int currency_exponent(std::string_view currency) {
  const CurrencyFacts* facts = find_currency(currency);
  return facts == nullptr ? 2 : facts->exponent;
}

std::string format_money(std::int64_t minor, std::string_view currency,
                         const LocaleFormat& locale) {
  const std::string number = amount_digits(minor, currency, locale);
  const CurrencyFacts* facts = find_currency(currency);
  const std::string symbol = facts != nullptr && facts->symbol != nullptr
                                 ? std::string(facts->symbol)
                                 : std::string(currency);
  const std::string sign = minor < 0 ? "-" : "";
  if (locale.symbol_place == SymbolPlace::after) {
    return sign + number + " " + symbol;
  }
  const bool is_code = facts == nullptr || facts->symbol == nullptr;
  return sign + symbol + (is_code ? " " : "") + number;
}

std::string format_money_with_code(std::int64_t minor, std::string_view currency) {
  const std::string sign = minor < 0 ? "-" : "";
  return sign + amount_digits(minor, currency, default_locale()) + " " + std::string(currency);
}

std::string format_date(std::string_view iso_date, const LocaleFormat& locale) {
  const auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t index = from; index < from + count; ++index) {
      if (index >= iso_date.size() || !std::isdigit(static_cast<unsigned char>(iso_date[index]))) {
        return false;
      }
    }
    return true;
  };
  if (!digits(0, 4) || iso_date.size() < 10 || iso_date[4] != '-' || !digits(5, 2) ||
      iso_date[7] != '-' || !digits(8, 2)) {
    return std::string(iso_date);
  }
  const std::string year(iso_date.substr(0, 4));
  const std::string month(iso_date.substr(5, 2));
  const std::string day(iso_date.substr(8, 2));
  const std::string separator(1, locale.date_separator);
  if (locale.date_order == DateOrder::day_month_year) {
    return day + separator + month + separator + year;
  }
  return month + separator + day + separator + year;
}

}  // namespace orderhub::invoices
