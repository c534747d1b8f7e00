#include "money_text.h"

#include <array>
#include <cstddef>

namespace orderhub::word_to_pdf {
namespace {

constexpr std::array<std::string_view, 17> kNoMinorUnit = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY",
                                                           "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                                                           "VND", "VUV", "XAF", "XOF", "XPF"};
constexpr std::array<std::string_view, 7> kThreeDigits = {"BHD", "IQD", "JOD", "KWD",
                                                          "LYD", "OMR", "TND"};
constexpr std::array<std::string_view, 2> kFourDigits = {"CLF", "UYW"};

template <std::size_t size>
bool contains(const std::array<std::string_view, size>& codes, std::string_view currency) {
  for (std::string_view code : codes) {
    if (code == currency) {
      return true;
    }
  }
  return false;
}

// "1234567" -> "1,234,567".
std::string grouped(const std::string& digits) {
  std::string result;
  const std::size_t first_group = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  for (std::size_t index = 0; index < digits.size(); ++index) {
    if (index >= first_group && (index - first_group) % 3 == 0) {
      result += ',';
    }
    result += digits[index];
  }
  return result;
}

}  // namespace

int currency_exponent(std::string_view currency) {
  if (contains(kNoMinorUnit, currency)) {
    return 0;
  }
  if (contains(kThreeDigits, currency)) {
    return 3;
  }
  if (contains(kFourDigits, currency)) {
    return 4;
  }
  return 2;
}

std::string format_money(std::int64_t minor, std::string_view currency) {
  const bool negative = minor < 0;
  // The magnitude in unsigned arithmetic, so that INT64_MIN has one too.
  const std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(minor)
                                           : static_cast<std::uint64_t>(minor);
  const auto exponent = static_cast<std::size_t>(currency_exponent(currency));
  std::string digits = std::to_string(magnitude);
  if (digits.size() <= exponent) {
    digits.insert(0, exponent + 1 - digits.size(), '0');
  }
  const std::string whole = digits.substr(0, digits.size() - exponent);
  std::string text = negative ? "-" : "";
  text += grouped(whole);
  if (exponent > 0) {
    text += '.';
    text += digits.substr(digits.size() - exponent);
  }
  text += ' ';
  text += currency;
  return text;
}

}  // namespace orderhub::word_to_pdf
