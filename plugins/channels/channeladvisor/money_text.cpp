// Decimal text <-> minor units with overflow checks.
#include "money_text.h"

#include <array>
#include <limits>

namespace orderhub::channeladvisor {
namespace {

bool all_digits(std::string_view text) {
  for (const char letter : text) {
    if (letter < '0' || letter > '9') {
      return false;
    }
  }
  return true;
}

// value * 10 + digit, or nullopt when that leaves int64.
std::optional<std::int64_t> append_digit(std::int64_t value, int digit) {
  constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max();
  if (value > (limit - digit) / 10) {
    return std::nullopt;
  }
  return value * 10 + digit;
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
  struct Exception {
    std::string_view code;
    int digits;
  };
  static constexpr std::array<Exception, 14> exceptions{{{"JPY", 0}, {"KRW", 0}, {"VND", 0},
                                                         {"CLP", 0}, {"ISK", 0}, {"HUF", 2},
                                                         {"XAF", 0}, {"XOF", 0}, {"PYG", 0},
                                                         {"KWD", 3}, {"BHD", 3}, {"OMR", 3},
                                                         {"JOD", 3}, {"TND", 3}}};
  for (const Exception& exception : exceptions) {
    if (exception.code == code) {
      return Currency{std::string(code), exception.digits};
    }
  }
  return Currency{std::string(code), 2};
}

std::optional<std::int64_t> parse_minor_units(std::string_view text, const Currency& currency,
                                              std::string& problem) {
  const std::string quoted = "\"" + std::string(text) + "\"";
  std::string_view rest = text;
  const bool negative = !rest.empty() && rest.front() == '-';
  if (negative) {
    rest.remove_prefix(1);
  }
  const std::size_t point = rest.find('.');
  const std::string_view whole = rest.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : rest.substr(point + 1);
  if (whole.empty() || !all_digits(whole) || !all_digits(fraction) ||
      (point != std::string_view::npos && fraction.empty())) {
    problem = quoted + " is not a decimal amount";
    return std::nullopt;
  }
  std::int64_t minor = 0;
  for (const char letter : whole) {
    const auto next = append_digit(minor, letter - '0');
    if (!next) {
      problem = quoted + " is too large";
      return std::nullopt;
    }
    minor = *next;
  }
  for (int index = 0; index < currency.minor_digits; ++index) {
    const int digit = static_cast<std::size_t>(index) < fraction.size() ? fraction[index] - '0' : 0;
    const auto next = append_digit(minor, digit);
    if (!next) {
      problem = quoted + " is too large";
      return std::nullopt;
    }
    minor = *next;
  }
  for (std::size_t index = currency.minor_digits; index < fraction.size(); ++index) {
    if (fraction[index] != '0') {
      problem = quoted + " has more decimals than " + currency.code + " allows (" +
                std::to_string(currency.minor_digits) + ")";
      return std::nullopt;
    }
  }
  return negative ? -minor : minor;
}

std::string format_minor_units(std::int64_t minor, int minor_digits) {
  const bool negative = minor < 0;
  // Work in unsigned so that the most negative value does not overflow when negated.
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(minor)
                                     : static_cast<std::uint64_t>(minor);
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

}  // namespace orderhub::channeladvisor
