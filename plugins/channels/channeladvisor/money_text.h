// Exact conversion between ChannelAdvisor's decimal amounts (25.98, kept as text by exact_json)
// and integer minor units, digit by digit: a double never holds an amount.
#ifndef ORDERHUB_PLUGINS_CHANNELADVISOR_MONEY_TEXT_H
#define ORDERHUB_PLUGINS_CHANNELADVISOR_MONEY_TEXT_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::channeladvisor {

struct Currency {
  std::string code;      // ISO 4217, upper case: "USD"
  int minor_digits = 2;  // 2 for USD, 0 for JPY, 3 for KWD
};

// Three upper-case ASCII letters.
bool is_currency_code(std::string_view code);

// The currency with its ISO 4217 minor unit (two unless listed as an exception).
// Precondition: is_currency_code(code).
Currency currency_for(std::string_view code);

// "25.98" -> 2598 for USD. An optional '-', digits, optionally '.' and digits; decimals beyond the
// currency's are accepted only when zero ("1500.00" JPY). Exponents ("1e3") are refused. On
// refusal returns nullopt and sets problem to a sentence naming the text.
std::optional<std::int64_t> parse_minor_units(std::string_view text, const Currency& currency,
                                              std::string& problem);

// 1250, 2 -> "12.50"; -5, 2 -> "-0.05"; 1500, 0 -> "1500".
std::string format_minor_units(std::int64_t minor, int minor_digits);

}  // namespace orderhub::channeladvisor

#endif  // ORDERHUB_PLUGINS_CHANNELADVISOR_MONEY_TEXT_H
