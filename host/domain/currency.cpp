// currency.cpp: the ISO 4217 table of active currencies and their minor-unit exponents.
#include "domain/currency.h"

#include <algorithm>
#include <string>

namespace orderhub::domain {
namespace {

// ISO 4217 "minor unit" column for active currencies, grouped by exponent; each group is a list
// of codes separated by single spaces. The groups other than 2 are the ones a default would get
// wrong.
struct ExponentGroup {
  int minor_digits;
  std::string_view codes;
};

constexpr ExponentGroup kCurrencies[] = {
    {0, "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"},
    {3, "BHD IQD JOD KWD LYD OMR TND"},
    {4, "CLF UYW"},
    {2,
     "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD "
     "CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD "
     "GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD "
     "MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP "
     "PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS "
     "TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD YER ZAR ZMW ZWL"},
};

bool is_three_uppercase_letters(std::string_view code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

Currency::Currency(std::string_view code, int minor_digits)
    : minor_digits_(static_cast<std::int8_t>(minor_digits)) {
  std::copy(code.begin(), code.end(), code_.begin());
}

Result<Currency> Currency::parse(std::string_view code) {
  if (!is_three_uppercase_letters(code)) {
    return Error{"currency " + quoted(code) + " is not a three-letter uppercase ISO 4217 code"};
  }
  for (const ExponentGroup& group : kCurrencies) {
    for (std::size_t position = 0; position < group.codes.size(); position += 4) {
      if (group.codes.substr(position, 3) == code) {
        return Currency(code, group.minor_digits);
      }
    }
  }
  return Error{"currency " + quoted(code) + " is not an ISO 4217 currency orderhub knows"};
}

}  // namespace orderhub::domain
