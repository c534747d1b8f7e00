// Generated Overstock orders and the rules that keep one consistent.
#include "channels/overstock/overstock_orders.h"

#include "core/decimal_text.h"
#include "core/deterministic_random.h"
#include "core/unix_time.h"

#include <array>
#include <cstdio>
#include <ctime>
#include <regex>

namespace orderhub::sandbox::overstock {
namespace {

using nlohmann::json;

struct Person {
  const char* name;
  const char* phone;
};
struct Place {
  const char* address;
  const char* city;
  const char* state;
  const char* postal_code;
};
struct Product {
  const char* sku;
  const char* title;
  std::int64_t cost_cents;
  std::int64_t price_cents;
};
struct Method {
  const char* carrier;
  const char* service_level;
};

constexpr std::array<Person, 8> people{{{"Zoë Brontë", "801-555-0101"},
                                        {"José Muñoz", "801-555-0102"},
                                        {"Łukasz Wójcik", "801-555-0103"},
                                        {"Renée Søndergaard", "801-555-0104"},
                                        {"Mark Ellison", "801-555-0105"},
                                        {"Ana Côté", "801-555-0106"},
                                        {"Jürgen Weiß", "801-555-0107"},
                                        {"Sarah O'Neil", "801-555-0108"}}};
constexpr std::array<Place, 5> places{{{"2 Boston Street", "Salt Lake City", "UT", "84121"},
                                       {"799 Coliseum Way", "Midvale", "UT", "84047"},
                                       {"15 Rue Saint-Denis", "Nouvelle-Orléans", "LA", "70112"},
                                       {"400 Market Street", "San José", "CA", "95113"},
                                       {"12 Elm Road", "Springfield", "IL", "62701"}}};
constexpr std::array<Product, 6> products{
    {{"232218BRN", "Christopher Knight Home Nottingham Brown Chair", 8950, 12999},
     {"281729", "Christopher Knight Home Milano Ivory Ottoman", 4125, 5999},
     {"OS-LAMP-7", "Café Brass Floor Lamp", 3300, 4999},
     {"OS-RUG-58", "Safavieh Hand-Tufted Wool Rug 5' x 8'", 15000, 21999},
     {"OS-SHEET-Q", "Egyptian Cotton Sheet Set, Queen", 2299, 3999},
     {"OS-MIRROR-2", "Bevelled Wall Mirror 24\"", 1850, 2999}}};
constexpr std::array<Method, 5> methods{{{"UPS", "GROUND"},
                                         {"FEDEX", "GROUND"},
                                         {"USPS", "PRIORITY"},
                                         {"FEDEX", "TWO_DAY"},
                                         {"UPS", "NEXT_DAY"}}};

// 2025-06-01T00:00:00Z: generated orders fall in the 300 days after it, always in the past.
constexpr std::int64_t first_order_time = 1748736000;

json generated_order(DeterministicRandom& random, std::int64_t sequence,
                     std::optional<std::string> now) {
  const Person& person = people[random.below(people.size())];
  const Place& place = places[random.below(places.size())];
  const Method& method = methods[random.below(methods.size())];
  const std::int64_t ordered =
      first_order_time + random.between(0, 300) * 86400 + random.between(0, 86399);
  const std::int64_t created = ordered + random.between(60, 1800);

  // 6 in 10 new, then one each of acknowledged, partly shipped, complete, cancelled.
  const std::uint64_t roll = random.below(10);
  const char* status = roll < 6    ? "NEW"
                       : roll == 6 ? "ACKNOWLEDGED"
                       : roll == 7 ? "PARTIALLY_SHIPPED"
                       : roll == 8 ? "COMPLETE"
                                   : "CANCELLED";
  const std::int64_t line_count = random.between(1, 3);
  json lines = json::array();
  for (std::int64_t index = 0; index < line_count; ++index) {
    const Product& product = products[(random.below(products.size()) + static_cast<std::uint64_t>(index)) % products.size()];
    const std::int64_t quantity = random.between(1, 3);
    std::int64_t shipped = 0;
    std::int64_t cancelled = 0;
    std::string line_status = std::string(status) == "ACKNOWLEDGED" ? "ACKNOWLEDGED" : "NEW";
    if (std::string(status) == "COMPLETE" ||
        (std::string(status) == "PARTIALLY_SHIPPED" && index == 0)) {
      shipped = quantity;
      line_status = "SHIPPED";
    } else if (std::string(status) == "CANCELLED") {
      cancelled = quantity;
      line_status = "CANCELLED";
    }
    lines.push_back({{"salesChannelLineId", std::to_string(index + 1)},
                     {"partnerSKU", product.sku},
                     {"salesChannelSKU", std::string("OSTK-") + product.sku},
                     {"quantity", quantity},
                     {"itemName", product.title},
                     {"lineStatus", line_status},
                     {"unitCost", format_minor_units(product.cost_cents)},
                     {"itemPrice", format_minor_units(product.price_cents)},
                     {"quantityShipped", shipped},
                     {"quantityCancelled", cancelled}});
  }
  // A partly shipped order needs a second line still open.
  if (std::string(status) == "PARTIALLY_SHIPPED" && line_count == 1) {
    status = "COMPLETE";
  }
  const std::string second_line = random.chance(0.3) ? "Apt " + std::to_string(random.between(1, 40)) : "";
  json order = {{"salesChannelOrderNumber", "OSTK-" + std::to_string(100000 + sequence)},
                {"salesChannelName", "OSTK"},
                {"orderId", std::to_string(2000 + sequence)},
                {"orderDate", now ? *now : utc_text(ordered)},
                {"sofsCreatedDate", now ? *now : utc_text(created)},
                {"warehouseName", sandbox_warehouse_code},
                {"status", status},
                {"shipToAddress",
                 {{"contactName", person.name},
                  {"address1", place.address},
                  {"address2", second_line},
                  {"city", place.city},
                  {"stateOrProvince", place.state},
                  {"postalCode", place.postal_code},
                  {"countryCode", "US"},
                  {"phone", person.phone}}},
                {"shippingSpecifications",
                 {{"smallParcelShipment",
                   {{"shippingServiceLevel", method.service_level}, {"carrier", method.carrier}}}}},
                {"processedSalesOrderLine", std::move(lines)},
                {"acknowledged", std::string(status) != "NEW"}};
  return order;
}

}  // namespace

std::string utc_text(std::int64_t unix_seconds_value) {
  const std::time_t time = static_cast<std::time_t>(unix_seconds_value);
  std::tm parts{};
  gmtime_r(&time, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

std::string utc_now_text() {
  return utc_text(unix_seconds_now());
}

bool is_utc_text(const std::string& text) {
  static const std::regex pattern(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)");
  return std::regex_match(text, pattern);
}

json generate_orders(std::uint64_t seed, std::int64_t count) {
  DeterministicRandom random(derive_seed(seed, 3));
  json orders = json::array();
  for (std::int64_t sequence = 1; sequence <= count; ++sequence) {
    orders.push_back(generated_order(random, sequence, std::nullopt));
  }
  return orders;
}

json generate_new_order(std::uint64_t seed, std::int64_t sequence, const std::string& now) {
  DeterministicRandom random(derive_seed(seed, 1000 + static_cast<std::uint64_t>(sequence)));
  json order = generated_order(random, sequence, now);
  // An added order is new: nothing shipped, cancelled or acknowledged yet.
  order["status"] = "NEW";
  order["acknowledged"] = false;
  for (json& line : order["processedSalesOrderLine"]) {
    line["lineStatus"] = "NEW";
    line["quantityShipped"] = 0;
    line["quantityCancelled"] = 0;
  }
  return order;
}

std::optional<std::string> order_problem(const json& order) {
  if (!order.is_object()) {
    return "an order must be a JSON object";
  }
  for (const char* key : {"salesChannelOrderNumber", "salesChannelName", "orderDate",
                          "sofsCreatedDate", "status"}) {
    if (!order.contains(key) || !order[key].is_string()) {
      return std::string(key) + " must be a string";
    }
  }
  if (!order.contains("processedSalesOrderLine") || !order["processedSalesOrderLine"].is_array()) {
    return "processedSalesOrderLine must be a list";
  }
  for (const json& line : order["processedSalesOrderLine"]) {
    if (!line.is_object() || !line.contains("salesChannelLineId") ||
        !line["salesChannelLineId"].is_string()) {
      return "every processedSalesOrderLine needs a salesChannelLineId string";
    }
    for (const char* key : {"quantity", "quantityShipped", "quantityCancelled"}) {
      if (line.contains(key) && !line[key].is_number_integer()) {
        return std::string("processedSalesOrderLine ") + key + " must be an integer";
      }
    }
  }
  return std::nullopt;
}

void settle_status(json& order) {
  std::int64_t open = 0;
  std::int64_t shipped = 0;
  for (json& line : order["processedSalesOrderLine"]) {
    const std::int64_t quantity = line.value("quantity", std::int64_t{0});
    const std::int64_t line_shipped = line.value("quantityShipped", std::int64_t{0});
    const std::int64_t line_cancelled = line.value("quantityCancelled", std::int64_t{0});
    open += quantity - line_shipped - line_cancelled;
    shipped += line_shipped;
    if (line_shipped + line_cancelled >= quantity) {
      line["lineStatus"] = line_shipped > 0 ? "SHIPPED" : "CANCELLED";
    } else if (line_shipped > 0) {
      line["lineStatus"] = "PARTIALLY_SHIPPED";
    }
  }
  if (open == 0) {
    order["status"] = shipped > 0 ? "COMPLETE" : "CANCELLED";
  } else if (shipped > 0) {
    order["status"] = "PARTIALLY_SHIPPED";
  }
}

}  // namespace orderhub::sandbox::overstock
