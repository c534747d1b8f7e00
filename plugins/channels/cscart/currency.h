// The account's currency: its ISO 4217 code and how many decimals its amounts carry. CS-Cart
// payloads carry no currency (amounts are in the store's primary currency), so the account config
// names it and every amount is converted with its number of decimals.
#ifndef ORDERHUB_PLUGINS_CSCART_CURRENCY_H
#define ORDERHUB_PLUGINS_CSCART_CURRENCY_H

#include <string>
#include <string_view>

namespace orderhub::cscart {

struct Currency {
  std::string code;      // ISO 4217, upper case: "USD"
  int minor_digits = 2;  // ISO 4217 minor unit: 2 for USD, 0 for JPY, 3 for KWD
};

// True for three upper-case ASCII letters.
bool is_currency_code(std::string_view code);

// The currency with its ISO 4217 minor unit. Codes outside the table of exceptions (JPY, KWD, ...)
// have two decimals, as most currencies do. Precondition: is_currency_code(code).
Currency currency_for(std::string_view code);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_CURRENCY_H
