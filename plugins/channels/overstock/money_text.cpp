// Decimal text <-> minor units, digit by digit.
#include "money_text.h"

#include <array>
#include <limits>

namespace orderhub::overstock {
namespace {

constexpr std::int64_t largest = std::numeric_limits<std::int64_t>::max();

std::string_view trimmed(std::string_view text) {
  const auto blank = [](char letter) {
    return letter == ' ' || letter == '\t' || letter == '\n' || letter == '\r';
  };
  while (!text.empty() && blank(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && blank(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

bool is_digit(char letter) {
  return letter >= '0' && letter <= '9';
}

// Appends one digit; false on overflow.
bool push_digit(std::int64_t& value, char digit) {
  const int number = digit - '0';
  if (value > (largest - number) / 10) {
    return false;
  }
  value = value * 10 + number;
  return true;
}

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
  static constexpr std::array<std::string_view, 16> no_decimals{
      "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW",
      "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"};
  static constexpr std::array<std::string_view, 7> three_decimals{"BHD", "IQD", "JOD", "KWD",
                                                                  "LYD", "OMR", "TND"};
  Currency currency{std::string(code), 2};
  for (const std::string_view zero : no_decimals) {
    if (code == zero) {
      currency.minor_digits = 0;
    }
  }
  for (const std::string_view three : three_decimals) {
    if (code == three) {
      currency.minor_digits = 3;
    }
  }
  return currency;
}

std::optional<std::int64_t> parse_minor_units(std::string_view text, const Currency& currency,
                                              std::string& problem) {
  const std::string quoted = "\"" + std::string(text) + "\"";
  std::string_view rest = trimmed(text);
  const bool negative = !rest.empty() && rest.front() == '-';
  if (negative) {
    rest.remove_prefix(1);
  }
  const std::size_t point = rest.find('.');
  const std::string_view whole = rest.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : rest.substr(point + 1);
  if (whole.empty() || (point != std::string_view::npos && fraction.empty())) {
    problem = quoted + " is not a decimal amount such as 19.99";
    return std::nullopt;
  }
  std::int64_t value = 0;
  for (const char letter : whole) {
    if (!is_digit(letter)) {
      problem = quoted + " is not a decimal amount such as 19.99";
      return std::nullopt;
    }
    if (!push_digit(value, letter)) {
      problem = quoted + " is too large";
      return std::nullopt;
    }
  }
  for (std::size_t index = 0; index < fraction.size(); ++index) {
    const char letter = fraction[index];
    if (!is_digit(letter)) {
      problem = quoted + " is not a decimal amount such as 19.99";
      return std::nullopt;
    }
    if (static_cast<int>(index) >= currency.minor_digits && letter != '0') {
      problem = quoted + " has more decimals than " + currency.code + " allows (" +
                std::to_string(currency.minor_digits) + ")";
      return std::nullopt;
    }
  }
  for (int index = 0; index < currency.minor_digits; ++index) {
    const char digit = static_cast<std::size_t>(index) < fraction.size()
                           ? fraction[static_cast<std::size_t>(index)]
                           : '0';
    if (!push_digit(value, digit)) {
      problem = quoted + " is too large";
      return std::nullopt;
    }
  }
  return negative ? -value : value;
}

std::string format_minor_units(std::int64_t minor, int minor_digits) {
  const bool negative = minor < 0;
  // Through unsigned so that the smallest int64 has a magnitude too.
  std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
  std::string digits = std::to_string(magnitude);
  if (minor_digits > 0) {
    const auto width = static_cast<std::size_t>(minor_digits);
    if (digits.size() <= width) {
      digits.insert(0, width + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - width, ".");
  }
  return negative ? "-" + digits : digits;
}

std::optional<std::int64_t> parse_whole_number(std::string_view text) {
  const std::string_view digits = trimmed(text);
  if (digits.empty()) {
    return std::nullopt;
  }
  std::int64_t value = 0;
  for (const char letter : digits) {
    if (!is_digit(letter) || !push_digit(value, letter)) {
      return std::nullopt;
    }
  }
  return value;
}

}  // namespace orderhub::overstock
