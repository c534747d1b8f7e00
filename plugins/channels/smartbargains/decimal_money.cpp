// Decimal text <-> minor units, digit by digit, with overflow checks.
#include "decimal_money.h"

#include <limits>

namespace orderhub::smartbargains {
namespace {

bool is_digit(char letter) {
  return letter >= '0' && letter <= '9';
}

std::string quoted(std::string_view text) {
  return "\"" + std::string(text) + "\"";
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

std::optional<std::int64_t> parse_minor_units(std::string_view text, const Currency& currency,
                                              std::string& problem) {
  std::string_view rest = text;
  const bool negative = !rest.empty() && rest.front() == '-';
  if (negative) {
    rest.remove_prefix(1);
  }
  const std::size_t point = rest.find('.');
  const std::string_view whole = rest.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : rest.substr(point + 1);
  const auto all_digits = [](std::string_view part) {
    for (const char letter : part) {
      if (!is_digit(letter)) {
        return false;
      }
    }
    return true;
  };
  if (whole.empty() || !all_digits(whole) || !all_digits(fraction) ||
      (point != std::string_view::npos && fraction.empty())) {
    problem = quoted(text) + " is not a decimal amount";
    return std::nullopt;
  }

  std::int64_t minor = 0;
  const auto too_large = [&] {
    problem = quoted(text) + " is too large";
    return std::nullopt;
  };
  for (const char letter : whole) {
    const auto next = append_digit(minor, letter - '0');
    if (!next) {
      return too_large();
    }
    minor = *next;
  }
  for (int position = 0; position < currency.minor_digits; ++position) {
    const int digit = static_cast<std::size_t>(position) < fraction.size()
                          ? fraction[static_cast<std::size_t>(position)] - '0'
                          : 0;
    const auto next = append_digit(minor, digit);
    if (!next) {
      return too_large();
    }
    minor = *next;
  }
  for (std::size_t position = static_cast<std::size_t>(currency.minor_digits);
       position < fraction.size(); ++position) {
    if (fraction[position] != '0') {
      problem = quoted(text) + " has more decimals than " + currency.code + " allows (" +
                std::to_string(currency.minor_digits) + ")";
      return std::nullopt;
    }
  }
  return negative ? -minor : minor;
}

std::string format_minor_units(std::int64_t minor, int minor_digits) {
  const bool negative = minor < 0;
  // Work on the unsigned magnitude so that the most negative int64 is printed too.
  std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(minor)
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

}  // namespace orderhub::smartbargains
