// inventory_values.h: reading the option values of `orderhub inventory set` (counts, dates, a unit
// cost) with errors that name the option and quote the input, and the text forms `inventory list`
// and `inventory push` print.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/money.h"
#include "domain/result.h"
#include "domain/time.h"

namespace orderhub::cli {

// "12" -> 12; refused: negative, signs, spaces, fractions, overflow.
domain::Result<std::int64_t> parse_count_option(std::string_view option, std::string_view text);

// "2026-12-01" -> the date; "" -> nothing (clears the stored date).
domain::Result<std::optional<domain::Date>> parse_optional_date_option(std::string_view option,
                                                                       std::string_view text);

// "12.34 USD" -> 1234 USD; "" -> nothing (clears it). Negative amounts are refused.
domain::Result<std::optional<domain::Money>> parse_unit_cost_option(std::string_view option,
                                                                    std::string_view text);

// "2026-12-01", or "-" when unset.
std::string date_text(const std::optional<domain::Date>& date);

}  // namespace orderhub::cli
