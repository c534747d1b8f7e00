// rule_helpers.h: pieces the order rules share (checking requested lines, settling the order and
// shipping statuses after quantities moved, exact money shares). Internal to the state machine.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/money.h"
#include "domain/order.h"
#include "domain/result.h"
#include "pipeline/actions/order_state_machine.h"

namespace orderhub::pipeline::rules {

// Every requested line exists on the order and has a positive quantity; the same line named twice
// counts once with the quantities added. Keeps the order in which lines were first named.
domain::Result<std::vector<domain::LineQuantity>> check_requested_lines(
    const domain::Order& order, const std::vector<domain::LineQuantity>& requested);

// Quantity of a line neither shipped nor cancelled.
std::int64_t open_quantity(const domain::OrderLine& line);

// After quantities were shipped or cancelled: shipping status from the lines; an order with
// nothing open becomes completed (something shipped) or cancelled (nothing shipped). An order with
// something still open keeps its status.
void settle_fulfilment(domain::Order& order);

// Stock to put back for these quantities, one entry per SKU. Refused when a line has no SKU.
domain::Result<std::vector<Restock>> restock_for(const domain::Order& order,
                                                 const std::vector<domain::LineQuantity>& lines);

// amount * numerator / denominator in integer minor units, rounded half to even; an error on
// overflow. denominator must be positive.
domain::Result<domain::Money> proportional_share(const domain::Money& amount,
                                                 std::int64_t numerator, std::int64_t denominator);

}  // namespace orderhub::pipeline::rules
