// Cdiscount's scalar wire values and orderhub's: decimal amounts ("12.5", VAT included) to exact
// integer minor units, xs:dateTime text ("2019-04-29T14:13:07.12", no zone, read as UTC) to
// orderhub's RFC 3339 times, and back. No floating point and no C library time zone machinery.
#ifndef ORDERHUB_PLUGINS_CDISCOUNT_WIRE_VALUES_H
#define ORDERHUB_PLUGINS_CDISCOUNT_WIRE_VALUES_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::cdiscount {

// ISO 4217 minor unit of code: 0 for JPY/KRW/..., 3 for KWD/BHD/..., else 2.
int minor_digits_of(std::string_view currency_code);

// "12.5" -> 1250 with 2 digits. Accepts an optional '-', digits, and optionally '.' and digits.
// More decimals than the currency has are accepted only when they are zeros; nullopt otherwise
// (and for any other text), so that a malformed amount never passes rounded.
std::optional<std::int64_t> parse_minor_units(std::string_view text, int minor_digits);

// 1250, 2 -> "12.50"; -5, 2 -> "-0.05"; 7, 0 -> "7".
std::string format_minor_units(std::int64_t minor, int minor_digits);

// A whole number ("3"); nullopt for anything else.
std::optional<std::int64_t> parse_whole_number(std::string_view text);

// "2019-04-29T14:13:07.12", "2019-04-29T14:13:07", with an optional trailing 'Z' -> milliseconds
// since the epoch (fractions beyond milliseconds are cut). nullopt for impossible dates and any
// other shape.
std::optional<std::int64_t> unix_milliseconds_from_wire(std::string_view text);

// "2026-11-23T16:00:00Z" or "...:00.250Z" -> milliseconds; nullopt otherwise.
std::optional<std::int64_t> unix_milliseconds_from_rfc3339(std::string_view text);

// 1448517775250 -> "2015-11-26T06:02:55.250Z" (no fraction when whole seconds).
std::string rfc3339_from_unix_milliseconds(std::int64_t milliseconds);

// 1448517775 -> "2015-11-26T06:02:55": the form Cdiscount's filters take.
std::string wire_from_unix_seconds(std::int64_t seconds);

}  // namespace orderhub::cdiscount

#endif  // ORDERHUB_PLUGINS_CDISCOUNT_WIRE_VALUES_H
