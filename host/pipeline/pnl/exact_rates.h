// exact_rates.h: the arithmetic of fees without floating point: a percentage read from decimal
// text into an exact integer, and division that rounds half to even.
#pragma once

#include <cstdint>
#include <string_view>

#include "domain/money.h"
#include "domain/result.h"

namespace orderhub::pipeline::pnl {

// A percentage in ten-thousandths of a percent: "12.5" is 125000, "0.0001" is 1.
struct Percentage {
  std::int64_t ten_thousandths = 0;
};

// Reads "12.5" (digits, up to 4 decimals, at most 100).
domain::Result<Percentage> parse_percentage(std::string_view text);

// numerator / denominator rounded to the nearest integer, ties to the even one; denominator > 0.
std::int64_t divide_half_even(__int128 numerator, __int128 denominator);

// percentage of amount, rounded half to even once: 12.5% of 10.05 USD is 1.26 USD (125.625
// cents rounds up), 12.5% of 0.50 USD is 0.06 USD (6.25 cents rounds down).
domain::Money percentage_of(const domain::Money& amount, Percentage percentage);

// (part / whole) in basis points (1/100 of a percent), rounded half to even; whole > 0.
std::int64_t basis_points(std::int64_t part, std::int64_t whole);

// "12.34" from 1234 basis points, "-0.50" from -50.
std::string basis_points_to_percent_text(std::int64_t basis_points);

}  // namespace orderhub::pipeline::pnl
