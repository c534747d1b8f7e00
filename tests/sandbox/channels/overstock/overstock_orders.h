// The Overstock emulator's orders, kept in the channel's wire shape as JSON (field names exactly
// as Supplier Oasis spells them, amounts as decimal text), and generated deterministically from a
// seed: a mix of statuses, several lines, ship-to names with non-ASCII letters.
//
// An order: {"salesChannelOrderNumber", "salesChannelName", "orderId", "orderDate",
// "sofsCreatedDate", "warehouseName", "status", "shipToAddress": {contactName, address1, address2,
// city, stateOrProvince, postalCode, countryCode, phone}, "shippingSpecifications":
// {"smallParcelShipment": {"shippingServiceLevel", "carrier"}}, "processedSalesOrderLine":
// [{salesChannelLineId, partnerSKU, salesChannelSKU, quantity, itemName, lineStatus, unitCost,
// itemPrice, quantityShipped, quantityCancelled}], "acknowledged": bool}.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace orderhub::sandbox::overstock {

inline constexpr const char* sandbox_warehouse_code = "WH1";

nlohmann::json generate_orders(std::uint64_t seed, std::int64_t count);

// One order as generate_orders would make it with this number, dated now (for admin additions).
nlohmann::json generate_new_order(std::uint64_t seed, std::int64_t sequence,
                                  const std::string& now);

// "2026-11-23T16:00:00Z" for now / for a Unix second.
std::string utc_now_text();
std::string utc_text(std::int64_t unix_seconds);

// True for "YYYY-MM-DDTHH:MM:SSZ" (the form in which the emulator keeps and compares times).
bool is_utc_text(const std::string& text);

// The problem with an order in the wire shape, or nullopt when it is consistent (numbers,
// statuses, quantities, decimal amounts).
std::optional<std::string> order_problem(const nlohmann::json& order);

// Recomputes the order's status from its lines after a shipment or short ship:
// all lines done -> COMPLETE (or CANCELLED when nothing shipped), some shipped -> PARTIALLY_SHIPPED.
void settle_status(nlohmann::json& order);

}  // namespace orderhub::sandbox::overstock
