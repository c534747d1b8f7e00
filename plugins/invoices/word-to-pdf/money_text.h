// Money as an invoice prints it, from integer minor units and the currency's ISO 4217 exponent.
// No floating point anywhere: the digits are placed by integer arithmetic.
#ifndef ORDERHUB_WORD_TO_PDF_MONEY_TEXT_H
#define ORDERHUB_WORD_TO_PDF_MONEY_TEXT_H

#include <cstdint>
#include <string>
#include <string_view>

namespace orderhub::word_to_pdf {

// The number of minor-unit digits of an ISO 4217 currency: 0 for JPY, 3 for KWD, 2 otherwise.
int currency_exponent(std::string_view currency);

// "1,234.56 USD", "-0.05 EUR", "1,500 JPY", "12.345 KWD".
std::string format_money(std::int64_t minor, std::string_view currency);

}  // namespace orderhub::word_to_pdf

#endif  // ORDERHUB_WORD_TO_PDF_MONEY_TEXT_H
