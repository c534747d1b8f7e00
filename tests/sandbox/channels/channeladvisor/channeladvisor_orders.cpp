// Deterministic generation of ChannelAdvisor orders, and the wire helpers they share with the
// routes: amounts as JSON numbers, UTC timestamps, units shipped and cancelled per item.
#include "channels/channeladvisor/channeladvisor_emulator.h"

#include "core/decimal_text.h"
#include "core/deterministic_random.h"
#include "core/unix_time.h"

#include <array>
#include <cstdio>
#include <ctime>

namespace orderhub::sandbox::channeladvisor {
namespace {

using nlohmann::json;

constexpr std::int64_t first_id = 500001;
constexpr std::int64_t seconds_per_day = 86400;

struct Person {
  const char* first;
  const char* last;
  const char* line1;
  const char* city;
  const char* state;
  const char* postal;
  const char* country;
};

constexpr std::array<Person, 8> people{{
    {"Zoë", "Müller", "Hauptstraße 5", "München", "BY", "80331", "DE"},
    {"José", "Núñez", "Calle Mayor 12", "Sevilla", "SE", "41001", "ES"},
    {"Łukasz", "Wójcik", "ul. Długa 7", "Kraków", "MA", "31-147", "PL"},
    {"Søren", "Kierkegård", "Nørregade 3", "København", "84", "1165", "DK"},
    {"Amélie", "Lefèvre", "12 rue de l'Église", "Besançon", "BFC", "25000", "FR"},
    {"John", "Smith", "1 Main St", "Raleigh", "NC", "27601", "US"},
    {"渡辺", "健", "千代田1-1", "東京", "13", "100-0001", "JP"},
    {"Ana", "Conceição", "Rua Augusta 100", "São Paulo", "SP", "01305-000", "BR"},
}};

struct Product {
  const char* sku;
  const char* title;
  std::int64_t cents;
};

constexpr std::array<Product, 6> products{{
    {"CA-MUG-01", "Ceramic mug – blue", 1299},
    {"CA-TEE-M", "T-shirt «Éclair» M", 1999},
    {"CA-LAMP-7", "Desk lamp", 4550},
    {"CA-CABLE-2", "USB-C cable 2 m", 899},
    {"CA-BOOK-42", "Guide to Zürich", 2475},
    {"CA-SOCK-3", "Wool socks (3 pairs)", 1500},
}};

constexpr std::array<const char*, 4> sites{"eBay", "Amazon Seller Central - US",
                                           "Walmart Marketplace", "Google Shopping Actions"};

struct Statuses {
  const char* payment;
  const char* shipping;
};

Statuses statuses_for(std::uint64_t roll) {
  if (roll < 55) return {"Cleared", "Unshipped"};
  if (roll < 63) return {"Cleared", "PendingShipment"};
  if (roll < 69) return {"Submitted", "Unshipped"};
  if (roll < 73) return {"NotYetSubmitted", "Unshipped"};
  if (roll < 79) return {"Cleared", "Shipped"};
  if (roll < 83) return {"Cleared", "PartiallyShipped"};
  if (roll < 87) return {"Cleared", "Canceled"};
  if (roll < 93) return {"Cleared", "ThirdPartyManaged"};
  if (roll < 96) return {"Failed", "Unshipped"};
  return {"Deposited", "Unshipped"};
}

}  // namespace

json amount_json(std::int64_t cents) {
  return json::parse(format_minor_units(cents));
}

std::optional<std::int64_t> cents_of(const json& value) {
  if (value.is_number_integer()) {
    return value.get<std::int64_t>() * 100;
  }
  if (value.is_number_float()) {
    // nlohmann prints the shortest text that reads back as the same double: "25.98".
    return parse_minor_units(value.dump());
  }
  if (value.is_string()) {
    return parse_minor_units(value.get<std::string>());
  }
  return std::nullopt;
}

std::string utc_text(std::int64_t unix_seconds) {
  const std::time_t time = static_cast<std::time_t>(unix_seconds);
  std::tm parts{};
  gmtime_r(&time, &parts);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer;
}

std::string utc_text_now() {
  const std::int64_t now = unix_milliseconds(WallClock::now());
  const std::string seconds = utc_text(now / 1000);
  char fraction[8];
  std::snprintf(fraction, sizeof fraction, ".%03d", static_cast<int>(now % 1000));
  return seconds.substr(0, seconds.size() - 1) + fraction + "Z";
}

std::optional<std::int64_t> unix_milliseconds_of(std::string_view utc) {
  std::tm parts{};
  const std::string text(utc);
  const char* end = strptime(text.c_str(), "%Y-%m-%dT%H:%M:%S", &parts);
  if (end == nullptr) {
    return std::nullopt;
  }
  std::string_view rest = end;
  std::int64_t milliseconds = 0;
  if (!rest.empty() && rest.front() == '.') {
    std::size_t digits = 1;
    std::int64_t scale = 100;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') {
      milliseconds += (rest[digits] - '0') * scale;
      scale /= 10;
      ++digits;
    }
    if (digits == 1) {
      return std::nullopt;
    }
    rest.remove_prefix(digits);
  }
  if (rest != "Z") {
    return std::nullopt;
  }
  return static_cast<std::int64_t>(timegm(&parts)) * 1000 + milliseconds;
}

std::int64_t shipped_units(const json& order, std::int64_t item_id) {
  std::int64_t units = 0;
  for (const json& fulfillment : order.value("Fulfillments", json::array())) {
    if (fulfillment.value("DeliveryStatus", "") != "Complete") {
      continue;
    }
    for (const json& item : fulfillment.value("Items", json::array())) {
      if (item.value("OrderItemID", std::int64_t{0}) == item_id) {
        units += item.value("Quantity", std::int64_t{0});
      }
    }
  }
  return units;
}

std::int64_t cancelled_units(const json& order, std::int64_t item_id) {
  std::int64_t units = 0;
  for (const json& adjustment : order.value("Adjustments", json::array())) {
    if (adjustment.value("Type", "") == "Cancel" && adjustment.contains("OrderItemID") &&
        adjustment["OrderItemID"].is_number_integer() &&
        adjustment["OrderItemID"].get<std::int64_t>() == item_id) {
      units += adjustment.value("Quantity", std::int64_t{0});
    }
  }
  return units;
}

json generate_order(std::uint64_t seed, std::int64_t order_id) {
  DeterministicRandom random(derive_seed(seed, static_cast<std::uint64_t>(order_id)));
  // 2020-09-13 plus up to 1000 days: reproducible, and always before today.
  const std::int64_t base = 1'600'000'000 + static_cast<std::int64_t>(seed % 1000) * seconds_per_day;
  const std::int64_t created = base + (order_id - first_id) * 3600 + random.between(0, 3599);
  const std::int64_t updated = created + random.between(600, seconds_per_day);
  const Person& person = people[random.below(people.size())];
  const Statuses statuses = statuses_for(random.below(100));
  const std::string site = sites[random.below(sites.size())];

  json items = json::array();
  std::int64_t items_cents = 0;
  std::int64_t tax_cents = 0;
  const std::int64_t item_count = random.between(1, 3);
  for (std::int64_t index = 0; index < item_count; ++index) {
    const Product& product = products[(random.below(products.size()) + index) % products.size()];
    const std::int64_t quantity = random.between(1, 3);
    const std::int64_t item_tax = product.cents * quantity * 7 / 100;
    const std::int64_t item_id = order_id * 10 + index + 1;
    items.push_back({{"ID", item_id},
                     {"ProfileID", 12345678},
                     {"OrderID", order_id},
                     {"SiteOrderItemID", "SOI-" + std::to_string(item_id)},
                     {"Sku", product.sku},
                     {"Title", product.title},
                     {"Quantity", quantity},
                     {"UnitPrice", amount_json(product.cents)},
                     {"TaxPrice", amount_json(item_tax)},
                     {"ShippingPrice", amount_json(0)},
                     {"ShippingTaxPrice", amount_json(0)}});
    items_cents += product.cents * quantity;
    tax_cents += item_tax;
  }
  const std::int64_t shipping_cents = random.chance(0.3) ? 0 : 599;
  const std::string status_shipping = statuses.shipping;

  json fulfillments = json::array();
  if (status_shipping == "Shipped" || status_shipping == "PartiallyShipped") {
    json shipped_items = json::array();
    for (std::size_t index = 0; index < items.size(); ++index) {
      if (status_shipping == "PartiallyShipped" && index > 0) {
        break;
      }
      const std::int64_t quantity = status_shipping == "Shipped" || items.size() > 1
                                        ? items[index]["Quantity"].get<std::int64_t>()
                                        : 0;
      if (quantity > 0) {
        shipped_items.push_back({{"OrderItemID", items[index]["ID"]}, {"Quantity", quantity}});
      }
    }
    // A single-item order cannot be partly shipped by item; give it one unit more to ship.
    if (shipped_items.empty()) {
      items[0]["Quantity"] = items[0]["Quantity"].get<std::int64_t>() + 1;
      shipped_items.push_back({{"OrderItemID", items[0]["ID"]}, {"Quantity", 1}});
    }
    fulfillments.push_back({{"ID", order_id * 100 + 1},
                            {"OrderID", order_id},
                            {"Type", "Ship"},
                            {"DeliveryStatus", "Complete"},
                            {"TrackingNumber", "1Z" + std::to_string(order_id)},
                            {"ShippingCarrier", "UPS"},
                            {"ShippingClass", "Ground"},
                            {"ShippedDateUtc", utc_text(updated)},
                            {"SellerFulfillmentID", nullptr},
                            {"Items", std::move(shipped_items)}});
  }
  // Recompute after a possible quantity change so the totals always add up.
  items_cents = 0;
  tax_cents = 0;
  for (json& item : items) {
    const std::int64_t quantity = item["Quantity"].get<std::int64_t>();
    const std::int64_t unit = *cents_of(item["UnitPrice"]);
    item["TaxPrice"] = amount_json(unit * quantity * 7 / 100);
    items_cents += unit * quantity;
    tax_cents += unit * quantity * 7 / 100;
  }

  const std::string email = "buyer" + std::to_string(order_id) + "@example.com";
  return json{{"ID", order_id},
              {"ProfileID", 12345678},
              {"SiteID", 576 + static_cast<int>(random.below(4))},
              {"SiteName", site},
              {"SiteOrderID", (site == "eBay" ? "12-" : "113-") + std::to_string(order_id * 7)},
              {"SellerOrderID", nullptr},
              {"Currency", "USD"},
              {"CreatedDateUtc", utc_text(created)},
              {"UpdatedDateUtc", utc_text(updated)},
              {"TotalPrice", amount_json(items_cents + shipping_cents + tax_cents)},
              {"TotalTaxPrice", amount_json(tax_cents)},
              {"TotalShippingPrice", amount_json(shipping_cents)},
              {"TotalShippingTaxPrice", amount_json(0)},
              {"AdditionalCostOrDiscount", amount_json(0)},
              {"PaymentStatus", statuses.payment},
              {"ShippingStatus", statuses.shipping},
              {"CheckoutStatus", "Completed"},
              {"RequestedShippingCarrier", "UPS"},
              {"RequestedShippingClass", shipping_cents == 0 ? "Ground" : "2nd Day Air"},
              {"BuyerEmailAddress", email},
              {"BillingFirstName", person.first},
              {"BillingLastName", person.last},
              {"BillingAddressLine1", person.line1},
              {"BillingCity", person.city},
              {"BillingStateOrProvince", person.state},
              {"BillingPostalCode", person.postal},
              {"BillingCountry", person.country},
              {"BillingDaytimePhone", "+1 919 555 01" + std::to_string(order_id % 90 + 10)},
              {"ShippingFirstName", person.first},
              {"ShippingLastName", person.last},
              {"ShippingAddressLine1", person.line1},
              {"ShippingAddressLine2", nullptr},
              {"ShippingCity", person.city},
              {"ShippingStateOrProvince", person.state},
              {"ShippingPostalCode", person.postal},
              {"ShippingCountry", person.country},
              {"ShippingDaytimePhone", nullptr},
              {"Items", std::move(items)},
              {"Fulfillments", std::move(fulfillments)},
              {"Adjustments", json::array()}};
}

std::map<std::int64_t, json> generate_orders(std::uint64_t seed, std::int64_t count) {
  std::map<std::int64_t, json> orders;
  for (std::int64_t index = 0; index < count; ++index) {
    orders.emplace(first_id + index, generate_order(seed, first_id + index));
  }
  return orders;
}

}  // namespace orderhub::sandbox::channeladvisor
