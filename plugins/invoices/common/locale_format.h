// Money and dates as a locale prints them. Money stays integer minor units all the way: the
// currency's ISO 4217 exponent places the decimal separator in the digits, no float is involved.
#ifndef ORDERHUB_INVOICES_LOCALE_FORMAT_H
#define ORDERHUB_INVOICES_LOCALE_FORMAT_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::invoices {

enum class DateOrder { month_day_year, day_month_year };
enum class SymbolPlace { before, after };

struct LocaleFormat {
  std::string name;               // "fr-FR"
  std::string decimal_separator;  // ","
  std::string group_separator;    // " "
  DateOrder date_order = DateOrder::month_day_year;
  char date_separator = '/';
  SymbolPlace symbol_place = SymbolPlace::before;
};

// en-US, en-GB, fr-FR, de-DE; nullopt for any other name.
std::optional<LocaleFormat> find_locale(std::string_view name);
LocaleFormat default_locale();
// The names find_locale knows, for error messages: "en-US, en-GB, fr-FR, de-DE".
std::string known_locales();

// The number of minor-unit digits of currency (2 unless ISO 4217 says otherwise: 0 for JPY, 3 for
// KWD, 4 for CLF).
int currency_exponent(std::string_view currency);

// en-US: "$1,234.56", "-$5.00", "¥1,235", "CHF 12.00"; fr-FR: "1 234,56 €".
std::string format_money(std::int64_t minor, std::string_view currency, const LocaleFormat& locale);

// The amount in en-US digits followed by the currency code, whatever the currency:
// "1,234.56 USD", "-0.05 EUR", "1,500 JPY", "12.345 KWD".
std::string format_money_with_code(std::int64_t minor, std::string_view currency);

// "2026-11-23" -> "11/23/2026" (en-US), "23/11/2026" (fr-FR), "23.11.2026" (de-DE). A value that
// is not YYYY-MM-DD (the time part of a timestamp is dropped) is returned as it is.
std::string format_date(std::string_view iso_date, const LocaleFormat& locale);

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_LOCALE_FORMAT_H
