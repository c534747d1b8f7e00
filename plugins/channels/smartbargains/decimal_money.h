// Exact conversion between Smart Bargains' decimal amount strings ("19.99") and integer minor
// units (1999), without floating point.
#ifndef ORDERHUB_PLUGINS_SMARTBARGAINS_DECIMAL_MONEY_H
#define ORDERHUB_PLUGINS_SMARTBARGAINS_DECIMAL_MONEY_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "currency.h"

namespace orderhub::smartbargains {

// "19.99" -> 1999 for a two-decimal currency. Accepts an optional '-', digits, and optionally a
// '.' followed by digits. Decimals beyond the currency's are accepted only when they are zeros
// ("1500.00" is 1500 yen); any other digit
// there would be lost, so the text is refused. On refusal returns nullopt and sets problem to a
// sentence naming the text, e.g. "\"19.999\" has more decimals than USD allows (2)".
std::optional<std::int64_t> parse_minor_units(std::string_view text, const Currency& currency,
                                              std::string& problem);

// 1250, 2 -> "12.50"; -5, 2 -> "-0.05"; 1500, 0 -> "1500".
std::string format_minor_units(std::int64_t minor, int minor_digits);

}  // namespace orderhub::smartbargains

#endif  // ORDERHUB_PLUGINS_SMARTBARGAINS_DECIMAL_MONEY_H
