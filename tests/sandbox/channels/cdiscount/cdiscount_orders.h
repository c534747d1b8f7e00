// The Cdiscount emulator's orders. Each order is kept in its wire shape as JSON with Cdiscount's
// own field names (OrderNumber, OrderState, Customer, ShippingAddress, OrderLineList, ParcelList,
// ...), amounts as decimal strings ("12.50") and times as Cdiscount's xs:dateTime text
// ("2020-09-13T12:26:40"), so the admin API and the SOAP replies show exactly the same fields.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::sandbox::cdiscount {

// Orders generated from a seed: created in the 30 days before an epoch derived from the seed
// (never the wall clock), with a mix of states, French addresses with accented names, and one to
// three lines each. The same seed gives the same orders.
std::vector<nlohmann::json> generate_orders(std::uint64_t seed, std::int64_t count);

// One more generated order, numbered `index`, created at unix second `now`.
nlohmann::json generate_order(std::uint64_t seed, std::int64_t index, std::int64_t now);

// nullopt when the order is usable, else a message naming the field (used for admin input).
std::optional<std::string> order_problem(const nlohmann::json& order);

// "2020-09-13T12:26:40" <-> unix seconds (fractions and a trailing Z are accepted and ignored).
std::string wire_time(std::int64_t unix_seconds);
std::optional<std::int64_t> unix_seconds_from_wire(std::string_view text);

// The order as a GetOrderList <Order> element (lines left out unless with_lines).
std::string order_to_xml(const nlohmann::json& order, bool with_lines);

// The sum of the lines' PurchasePrice plus the shipping charges, in cents.
std::int64_t computed_total_cents(const nlohmann::json& order);

}  // namespace orderhub::sandbox::cdiscount
