// Deterministic Smart Bargains purchase orders in the wire shape: the same seed and count always
// give the same orders, placed over the 30 days before a fixed epoch (not the wall clock), with a
// realistic mix of statuses (mostly NEW, some ACKNOWLEDGED, SHIPPED and CANCELLED), 1-4 lines
// each, several ship methods and non-ASCII names. Amounts are decimal strings computed from
// integer cents, so every total adds up exactly.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace orderhub::sandbox::smartbargains {

// PO numbers are "SB-" followed by consecutive numbers from here.
constexpr std::int64_t first_generated_po = 700001;

std::string po_number_for(std::int64_t number);

// The orders in creation order; po numbers first_generated_po, first_generated_po + 1, ...
nlohmann::json generate_orders(std::uint64_t seed, std::int64_t count);

// A NEW order with content derived from (seed, number), created at created_at (unix seconds):
// what the admin API starts from when adding an order.
nlohmann::json generate_new_order(std::uint64_t seed, std::int64_t number,
                                  std::int64_t created_at);

// Recomputes tax_total and order_total from the lines, shipping_total and discount_total; used
// when an added order names lines but not the sums. Leaves malformed amounts alone.
void complete_totals(nlohmann::json& order);

}  // namespace orderhub::sandbox::smartbargains
