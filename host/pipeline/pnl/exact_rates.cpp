// exact_rates.cpp: exact percentages and half-even rounding.
#include "pipeline/pnl/exact_rates.h"

#include <cstdlib>
#include <string>

namespace orderhub::pipeline::pnl {

domain::Result<Percentage> parse_percentage(std::string_view text) {
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  const auto digits = [](std::string_view part) {
    return !part.empty() && part.size() <= 12 &&
           part.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (!digits(whole) || (point != std::string_view::npos && !digits(fraction)) ||
      fraction.size() > 4) {
    return domain::Error{domain::quoted(text) + " is not a percentage like 12.5"};
  }
  std::int64_t value = std::stoll(std::string(whole)) * 10000;
  std::int64_t scale = 1000;
  for (char digit : fraction) {
    value += (digit - '0') * scale;
    scale /= 10;
  }
  if (value > 100 * 10000) {
    return domain::Error{domain::quoted(text) + " is above 100 percent"};
  }
  return Percentage{value};
}

std::int64_t divide_half_even(__int128 numerator, __int128 denominator) {
  __int128 quotient = numerator / denominator;
  __int128 remainder = numerator % denominator;
  if (remainder < 0) {
    // Floor division, so the remainder is in [0, denominator).
    quotient -= 1;
    remainder += denominator;
  }
  const __int128 twice = remainder * 2;
  if (twice > denominator || (twice == denominator && quotient % 2 != 0)) {
    quotient += 1;
  }
  return static_cast<std::int64_t>(quotient);
}

domain::Money percentage_of(const domain::Money& amount, Percentage percentage) {
  const __int128 numerator = static_cast<__int128>(amount.minor) * percentage.ten_thousandths;
  return domain::Money{divide_half_even(numerator, 100 * 10000), amount.currency};
}

std::int64_t basis_points(std::int64_t part, std::int64_t whole) {
  return divide_half_even(static_cast<__int128>(part) * 10000, whole);
}

std::string basis_points_to_percent_text(std::int64_t basis_points) {
  const bool negative = basis_points < 0;
  const std::uint64_t magnitude = negative ? static_cast<std::uint64_t>(-(basis_points + 1)) + 1
                                           : static_cast<std::uint64_t>(basis_points);
  std::string cents = std::to_string(magnitude % 100);
  if (cents.size() < 2) {
    cents.insert(0, "0");
  }
  return (negative ? "-" : "") + std::to_string(magnitude / 100) + "." + cents;
}

}  // namespace orderhub::pipeline::pnl
