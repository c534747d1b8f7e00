// Deterministic purchase order generation; see smartbargains_generator.h.
#include "channels/smartbargains/smartbargains_generator.h"

#include "channels/smartbargains/smartbargains_time.h"
#include "core/decimal_text.h"
#include "core/deterministic_random.h"

#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <vector>

namespace orderhub::sandbox::smartbargains {
namespace {

using nlohmann::json;

constexpr std::uint64_t channel_salt = 0x736d617274620001ULL;  // keeps other channels apart
constexpr std::int64_t seconds_per_day = 86400;
// 2026-01-01T00:00:00Z: generated orders lead up to it, so wall-clock edits always come later.
constexpr std::int64_t generation_epoch = 1767225600;
constexpr std::int64_t generation_window = 30 * seconds_per_day;
// Tax is 8.25 %, in basis points so the arithmetic stays in integers.
constexpr std::int64_t tax_basis_points = 825;

struct Person {
  std::string_view name;
  std::string_view email;
};

struct Place {
  std::string_view address1;
  std::string_view city;
  std::string_view state;
  std::string_view postal_code;
  std::string_view country;
};

struct Product {
  std::string_view sku;
  std::string_view title;
  std::int64_t unit_cost_cents;
  std::int64_t retail_cents;
};

struct ShipMethod {
  std::string_view code;
  std::int64_t cost_cents;
};

constexpr std::array<Person, 8> people{{
    {"José Martínez", "jose.martinez"},
    {"Zoë Müller", "zoe.mueller"},
    {"Łukasz Wróbel", "lukasz.wrobel"},
    {"Chloé Dubois", "chloe.dubois"},
    {"Søren Ødegård", "soren.odegard"},
    {"Mary Johnson", "mary.johnson"},
    {"Nguyễn Thị Hương", "huong.nguyen"},
    {"Björk Guðmundsdóttir", "bjork.g"},
}};

constexpr std::array<Place, 6> places{{
    {"1600 Amphitheatre Pkwy", "Mountain View", "CA", "94043", "US"},
    {"350 Fifth Avenue", "New York", "NY", "10118", "US"},
    {"233 S Wacker Dr", "Chicago", "IL", "60606", "US"},
    {"1 Café Böhm Way", "San José", "CA", "95113", "US"},
    {"400 Broad St", "Seattle", "WA", "98109", "US"},
    {"2 Rue de Rivoli", "Montréal", "QC", "H2X 1Y4", "CA"},
}};

constexpr std::array<Product, 8> products{{
    {"SB-KTL-001", "Stainless Steel Kettle 1.7 L", 1850, 3499},
    {"SB-TWL-014", "Égyptian Cotton Towel Set", 2275, 4999},
    {"SB-LMP-203", "Brass Desk Lamp", 3120, 5995},
    {"SB-CUP-077", "Crème Ceramic Mug, 4-pack", 995, 1999},
    {"SB-RUG-310", "Wool Area Rug 5×7", 8800, 15900},
    {"SB-PIL-042", "Memory Foam Pillow", 1425, 2999},
    {"SB-KNF-009", "Chef's Knife 8\"", 2650, 4995},
    {"SB-CLK-118", "Wall Clock „Zürich“", 1733, 3250},
}};

constexpr std::array<ShipMethod, 4> ship_methods{{
    {"UPS_GROUND", 895},
    {"FEDEX_HOME", 1050},
    {"USPS_PRIORITY", 795},
    {"UPS_2DAY", 1895},
}};

struct StatusWeight {
  std::string_view status;
  int weight;
};

constexpr std::array<StatusWeight, 4> status_weights{{
    {"NEW", 55},
    {"ACKNOWLEDGED", 20},
    {"SHIPPED", 15},
    {"CANCELLED", 10},
}};

template <typename Element, std::size_t Size>
const Element& pick(DeterministicRandom& random, const std::array<Element, Size>& choices) {
  return random.pick(std::span<const Element>(choices));
}

std::string_view draw_status(DeterministicRandom& random) {
  int total = 0;
  for (const auto& entry : status_weights) {
    total += entry.weight;
  }
  auto roll = static_cast<int>(random.below(static_cast<std::uint64_t>(total)));
  for (const auto& entry : status_weights) {
    if (roll < entry.weight) {
      return entry.status;
    }
    roll -= entry.weight;
  }
  return "NEW";
}

std::string digits(DeterministicRandom& random, int count) {
  std::string text;
  for (int index = 0; index < count; ++index) {
    text.push_back(static_cast<char>('0' + random.below(10)));
  }
  return text;
}

std::int64_t tax_on(std::int64_t cents) {
  return (cents * tax_basis_points + 5000) / 10000;
}

json make_order(DeterministicRandom& random, std::int64_t number, std::int64_t created_at,
                std::string_view status) {
  const Person& person = pick(random, people);
  const Place& place = pick(random, places);
  const ShipMethod& method = pick(random, ship_methods);
  const std::string phone = "+1-555-" + digits(random, 3) + "-" + digits(random, 4);
  json address = {{"name", person.name},
                  {"address1", place.address1},
                  {"city", place.city},
                  {"state", place.state},
                  {"postal_code", place.postal_code},
                  {"country", place.country},
                  {"phone", phone}};
  if (random.chance(0.3)) {
    address["address2"] = "Apt " + digits(random, 2);
  }
  if (random.chance(0.2)) {
    address["company"] = "Bürogemeinschaft Nord";
  }

  json lines = json::array();
  const std::int64_t line_count = random.between(1, 4);
  std::vector<std::size_t> used;
  for (std::int64_t index = 0; index < line_count; ++index) {
    std::size_t choice = static_cast<std::size_t>(random.below(products.size()));
    while (std::find(used.begin(), used.end(), choice) != used.end()) {
      choice = (choice + 1) % products.size();
    }
    used.push_back(choice);
    const Product& product = products[choice];
    const std::int64_t quantity = random.between(1, 3);
    lines.push_back({{"line_number", index + 1},
                     {"sku", product.sku},
                     {"title", product.title},
                     {"qty", quantity},
                     {"qty_shipped", status == "SHIPPED" ? quantity : 0},
                     {"unit_cost", format_minor_units(product.unit_cost_cents)},
                     {"retail_price", format_minor_units(product.retail_cents)},
                     {"tax", format_minor_units(tax_on(product.unit_cost_cents * quantity))}});
  }
  json order = {{"po_number", po_number_for(number)},
                {"created_at", format_utc_time(created_at)},
                {"updated_at", format_utc_time(created_at)},
                {"status", status},
                {"currency", "USD"},
                {"customer",
                 {{"name", person.name},
                  {"email", std::string(person.email) + "@example.com"},
                  {"phone", phone}}},
                {"ship_to", address},
                {"bill_to", address},
                {"ship_method_code", method.code},
                {"lines", std::move(lines)},
                {"shipping_total", format_minor_units(method.cost_cents)},
                {"discount_total", random.chance(0.15) ? "5.00" : "0.00"}};
  complete_totals(order);
  return order;
}

std::int64_t cents_of(const json& object, const char* key) {
  if (!object.is_object() || !object.contains(key)) {
    return 0;
  }
  return minor_units_from_json(object[key]).value_or(0);
}

}  // namespace

std::string po_number_for(std::int64_t number) {
  return "SB-" + std::to_string(number);
}

void complete_totals(json& order) {
  if (!order.contains("lines") || !order["lines"].is_array()) {
    return;
  }
  std::int64_t items = 0;
  std::int64_t tax = 0;
  for (const json& line : order["lines"]) {
    const auto quantity = line.is_object() && line.contains("qty")
                              ? integer_from_json(line["qty"]).value_or(0)
                              : 0;
    items += cents_of(line, "unit_cost") * quantity;
    tax += cents_of(line, "tax");
  }
  order["tax_total"] = format_minor_units(tax);
  order["order_total"] = format_minor_units(items + tax + cents_of(order, "shipping_total") -
                                            cents_of(order, "discount_total"));
}

json generate_orders(std::uint64_t seed, std::int64_t count) {
  DeterministicRandom random(derive_seed(seed, channel_salt));
  std::vector<std::int64_t> created_times;
  for (std::int64_t index = 0; index < count; ++index) {
    created_times.push_back(generation_epoch - random.between(seconds_per_day, generation_window));
  }
  std::sort(created_times.begin(), created_times.end());
  json orders = json::array();
  for (std::int64_t index = 0; index < count; ++index) {
    const std::int64_t created_at = created_times[static_cast<std::size_t>(index)];
    const std::string_view status = draw_status(random);
    json order = make_order(random, first_generated_po + index, created_at, status);
    if (status != "NEW") {
      const std::int64_t updated = created_at + random.between(600, 2 * seconds_per_day);
      order["updated_at"] = format_utc_time(std::min(updated, generation_epoch));
    }
    orders.push_back(std::move(order));
  }
  return orders;
}

json generate_new_order(std::uint64_t seed, std::int64_t number, std::int64_t created_at) {
  DeterministicRandom random(derive_seed(seed, channel_salt ^ static_cast<std::uint64_t>(number)));
  return make_order(random, number, created_at, "NEW");
}

}  // namespace orderhub::sandbox::smartbargains
