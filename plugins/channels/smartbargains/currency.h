// A currency: its ISO 4217 code and how many decimals its amounts carry. Each Smart Bargains
// purchase order names its currency; the account config gives one for orders that do not.
#ifndef ORDERHUB_PLUGINS_SMARTBARGAINS_CURRENCY_H
#define ORDERHUB_PLUGINS_SMARTBARGAINS_CURRENCY_H

#include <string>
#include <string_view>

namespace orderhub::smartbargains {

struct Currency {
  std::string code;      // ISO 4217, upper case: "USD"
  int minor_digits = 2;  // ISO 4217 minor unit: 2 for USD, 0 for JPY, 3 for KWD
};

// True for three upper-case ASCII letters.
bool is_currency_code(std::string_view code);

// The currency with its ISO 4217 minor unit. Codes outside the table of exceptions (JPY, KWD, ...)
// have two decimals, as most currencies do. Precondition: is_currency_code(code).
Currency currency_for(std::string_view code);

}  // namespace orderhub::smartbargains

#endif  // ORDERHUB_PLUGINS_SMARTBARGAINS_CURRENCY_H
