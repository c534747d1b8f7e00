// money.h: an amount as an integer count of a currency's minor units, its decimal text form, and
// arithmetic that reports overflow and currency mismatches instead of silently producing a wrong
// amount. There is no floating point anywhere on the path from text to storage.
#pragma once

#include <compare>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "domain/currency.h"
#include "domain/result.h"

namespace orderhub::domain {

struct Money {
  std::int64_t minor = 0;  // 1234 with USD is 12.34 USD; 1234 with JPY is 1234 JPY
  Currency currency;

  static Money zero(Currency currency) { return Money{0, currency}; }

  friend bool operator==(const Money&, const Money&) = default;
};

// Whether parse_money accepts a leading minus sign.
enum class NegativeAmounts { refused, allowed };

// Parses a plain decimal ("12", "12.3", "12.34", "-1.50" when negatives are allowed) into minor
// units of currency. Refused, with a message quoting the input: empty text, signs alone, a "+",
// exponents, spaces, more than one point, a point without digits on both sides, more decimals
// than the currency has, and amounts that do not fit in 64 bits.
Result<Money> parse_money(std::string_view decimal, Currency currency,
                          NegativeAmounts negative = NegativeAmounts::refused);

// The decimal text parse_money reads back: "12.34", "-0.50", "1234" for JPY, "1.250" for KWD.
std::string format_money(const Money& money);

// "12.34 USD": for messages and logs.
std::string to_string(const Money& money);

// Checked arithmetic: an error when currencies differ or the result does not fit.
Result<Money> add(const Money& left, const Money& right);
Result<Money> subtract(const Money& left, const Money& right);
Result<Money> multiply(const Money& money, std::int64_t factor);
Result<Money> negate(const Money& money);
// The total of amounts (zero of currency for none); every amount must be in currency.
Result<Money> sum(std::span<const Money> amounts, Currency currency);
// Orders two amounts of the same currency.
Result<std::strong_ordering> compare(const Money& left, const Money& right);

}  // namespace orderhub::domain
