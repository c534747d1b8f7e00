// Exact conversion between Supplier Oasis decimal amounts ("19.99") and integer minor units (1999),
// never through floating point, and the account currency those amounts are in (Supplier Oasis
// payloads carry no currency: the account config names it).
#ifndef ORDERHUB_PLUGINS_OVERSTOCK_MONEY_TEXT_H
#define ORDERHUB_PLUGINS_OVERSTOCK_MONEY_TEXT_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::overstock {

struct Currency {
  std::string code;      // ISO 4217, upper case: "USD"
  int minor_digits = 2;  // 2 for USD, 0 for JPY, 3 for KWD
};

// True for three upper-case ASCII letters.
bool is_currency_code(std::string_view code);

// The currency with its ISO 4217 minor unit (two unless it is in the short table of exceptions).
Currency currency_for(std::string_view code);

// "19.99" -> 1999 for a two-decimal currency. Accepts an optional '-', digits, and optionally '.'
// and digits, with surrounding XML whitespace. Decimals beyond the currency's are accepted only
// when they are zeros. On refusal returns nullopt and sets problem to a sentence naming the text.
std::optional<std::int64_t> parse_minor_units(std::string_view text, const Currency& currency,
                                              std::string& problem);

// 1250, 2 -> "12.50"; -5, 2 -> "-0.05"; 1500, 0 -> "1500".
std::string format_minor_units(std::int64_t minor, int minor_digits);

// "42" -> 42 (digits only, no sign, no overflow); nullopt otherwise. Whitespace around is allowed.
std::optional<std::int64_t> parse_whole_number(std::string_view text);

}  // namespace orderhub::overstock

#endif  // ORDERHUB_PLUGINS_OVERSTOCK_MONEY_TEXT_H
