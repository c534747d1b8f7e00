// ISO 4217 minor units: the currencies whose amounts do not have two decimals.
#include "currency.h"

#include <array>

namespace orderhub::smartbargains {
namespace {

struct MinorUnitException {
  std::string_view code;
  int minor_digits;
};

// From the ISO 4217 list of active codes. Every code not listed here has two decimals.
constexpr std::array<MinorUnitException, 26> minor_unit_exceptions{{
    {"BIF", 0}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"ISK", 0}, {"JPY", 0}, {"KMF", 0},
    {"KRW", 0}, {"PYG", 0}, {"RWF", 0}, {"UGX", 0}, {"UYI", 0}, {"VND", 0}, {"VUV", 0},
    {"XAF", 0}, {"XOF", 0}, {"XPF", 0}, {"BHD", 3}, {"IQD", 3}, {"JOD", 3}, {"KWD", 3},
    {"LYD", 3}, {"OMR", 3}, {"TND", 3}, {"CLF", 4}, {"UYW", 4},
}};

}  // namespace

bool is_currency_code(std::string_view code) {
  if (code.size() != 3) {
    return false;
  }
  for (const char letter : code) {
    if (letter < 'A' || letter > 'Z') {
      return false;
    }
  }
  return true;
}

Currency currency_for(std::string_view code) {
  for (const MinorUnitException& exception : minor_unit_exceptions) {
    if (exception.code == code) {
      return Currency{std::string(code), exception.minor_digits};
    }
  }
  return Currency{std::string(code), 2};
}

}  // namespace orderhub::smartbargains
