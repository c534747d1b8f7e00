// money.cpp: decimal text <-> minor units, and checked arithmetic on Money.
#include "domain/money.h"

#include <limits>

namespace orderhub::domain {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Appends one decimal digit to value; false on overflow.
bool append_digit(std::int64_t& value, char digit) {
  return !__builtin_mul_overflow(value, std::int64_t{10}, &value) &&
         !__builtin_add_overflow(value, std::int64_t{digit - '0'}, &value);
}

std::string amount_text(const Money& money) {
  return money.currency.is_set() ? to_string(money) : format_money(money) + " (no currency)";
}

Error mismatch(std::string_view operation, const Money& left, const Money& right) {
  return Error{"cannot " + std::string(operation) + " " + amount_text(left) + " and " +
               amount_text(right) + ": the currencies differ"};
}

Error overflow(std::string_view operation, const Money& left, const Money& right) {
  return Error{std::string(operation) + " " + to_string(left) + " and " + to_string(right) +
               " overflows"};
}

}  // namespace

Result<Money> parse_money(std::string_view decimal, Currency currency, NegativeAmounts negative) {
  const std::string input = quoted(decimal);
  if (!currency.is_set()) {
    return Error{"amount " + input + " has no currency"};
  }
  if (decimal.empty()) {
    return Error{"amount " + input + " is empty"};
  }

  std::string_view rest = decimal;
  const bool is_negative = rest.front() == '-';
  if (is_negative) {
    rest.remove_prefix(1);
  }

  const std::size_t point = rest.find('.');
  const std::string_view whole = rest.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view{} : rest.substr(point + 1);
  const auto all_digits = [](std::string_view part) {
    for (char c : part) {
      if (!is_digit(c)) {
        return false;
      }
    }
    return true;
  };
  const bool has_point = point != std::string_view::npos;
  if (whole.empty() || !all_digits(whole) ||
      (has_point && (fraction.empty() || !all_digits(fraction)))) {
    return Error{"amount " + input + " is not a decimal number like 12.34"};
  }
  if (is_negative && negative == NegativeAmounts::refused) {
    return Error{"amount " + input + " is negative; a negative amount is not allowed here"};
  }
  if (fraction.size() > static_cast<std::size_t>(currency.minor_digits())) {
    return Error{"amount " + input + " has " + std::to_string(fraction.size()) + " decimals but " +
                 std::string(currency.code()) + " has " + std::to_string(currency.minor_digits())};
  }

  std::int64_t minor = 0;
  bool fits = true;
  for (char digit : whole) {
    fits = fits && append_digit(minor, digit);
  }
  for (int position = 0; position < currency.minor_digits(); ++position) {
    const char digit =
        static_cast<std::size_t>(position) < fraction.size() ? fraction[position] : '0';
    fits = fits && append_digit(minor, digit);
  }
  if (!fits) {
    return Error{"amount " + input + " is too large"};
  }
  return Money{is_negative ? -minor : minor, currency};
}

std::string format_money(const Money& money) {
  // Work on the magnitude as unsigned so that the most negative amount has a magnitude too.
  const bool is_negative = money.minor < 0;
  std::uint64_t magnitude = is_negative ? std::uint64_t{0} - static_cast<std::uint64_t>(money.minor)
                                        : static_cast<std::uint64_t>(money.minor);
  const int minor_digits = money.currency.minor_digits();
  std::string reversed;
  for (int position = 0; position < minor_digits; ++position) {
    reversed.push_back(static_cast<char>('0' + magnitude % 10));
    magnitude /= 10;
  }
  if (minor_digits > 0) {
    reversed.push_back('.');
  }
  do {
    reversed.push_back(static_cast<char>('0' + magnitude % 10));
    magnitude /= 10;
  } while (magnitude > 0);
  if (is_negative) {
    reversed.push_back('-');
  }
  return std::string(reversed.rbegin(), reversed.rend());
}

std::string to_string(const Money& money) {
  return format_money(money) + " " + std::string(money.currency.code());
}

Result<Money> add(const Money& left, const Money& right) {
  if (left.currency != right.currency) {
    return mismatch("add", left, right);
  }
  Money result{0, left.currency};
  if (__builtin_add_overflow(left.minor, right.minor, &result.minor)) {
    return overflow("adding", left, right);
  }
  return result;
}

Result<Money> subtract(const Money& left, const Money& right) {
  if (left.currency != right.currency) {
    return mismatch("subtract", left, right);
  }
  Money result{0, left.currency};
  if (__builtin_sub_overflow(left.minor, right.minor, &result.minor)) {
    return overflow("subtracting", left, right);
  }
  return result;
}

Result<Money> multiply(const Money& money, std::int64_t factor) {
  Money result{0, money.currency};
  if (__builtin_mul_overflow(money.minor, factor, &result.minor)) {
    return Error{"multiplying " + to_string(money) + " by " + std::to_string(factor) +
                 " overflows"};
  }
  return result;
}

Result<Money> negate(const Money& money) {
  if (money.minor == std::numeric_limits<std::int64_t>::min()) {
    return Error{"negating " + to_string(money) + " overflows"};
  }
  return Money{-money.minor, money.currency};
}

Result<Money> sum(std::span<const Money> amounts, Currency currency) {
  Money total = Money::zero(currency);
  for (const Money& amount : amounts) {
    Result<Money> next = add(total, amount);
    if (!next) {
      return next.error();
    }
    total = *next;
  }
  return total;
}

Result<std::strong_ordering> compare(const Money& left, const Money& right) {
  if (left.currency != right.currency) {
    return mismatch("compare", left, right);
  }
  return left.minor <=> right.minor;
}

}  // namespace orderhub::domain
